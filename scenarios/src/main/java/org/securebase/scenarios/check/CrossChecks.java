package org.securebase.scenarios.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.securebase.model.blueprint.Section;
import org.securebase.model.blueprint.Selection;
import org.securebase.model.course.Course;
import org.securebase.model.question.Difficulty;
import org.securebase.model.vignette.Format;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Located;

/**
 * The checks that need more than one file and hold few values (blueprints, courses); the library
 * side is {@link LibraryTally}. Each returns its problems; none throws.
 *
 * @since 0.1
 */
public final class CrossChecks {
    private CrossChecks() {
    }

    /**
     * Keeps the first of each id and reports every later one at its root element, naming where
     * the id was first used.
     *
     * @param <T> vignette, blueprint or course
     * @param values the values in load order
     * @param idOf how to get the id
     * @param kind the word for the value ("vignette", "blueprint", "course")
     * @param problems where the reports go
     * @return the values with distinct ids, first kept
     */
    public static <T> List<Located<T>> distinct(List<Located<T>> values, Function<T, String> idOf, String kind,
                                               List<Diagnostic> problems) {
        Map<String, Located<T>> first = new LinkedHashMap<>();
        for (Located<T> v : values) {
            String id = idOf.apply(v.value());
            Located<T> earlier = first.putIfAbsent(id, v);
            if (earlier != null) {
                problems.add(v.error(kind + " id '" + id + "' is already used by " + earlier.file() + ":"
                        + earlier.source().root().line() + "; " + kind + " ids must be unique"));
            }
        }
        return List.copyOf(first.values());
    }

    /** Courses that name a blueprint not among those given. */
    public static List<Diagnostic> coursesWithoutBlueprint(List<Located<Course>> courses, Set<String> blueprintIds) {
        List<Diagnostic> out = new ArrayList<>();
        for (Located<Course> c : courses) {
            if (!blueprintIds.contains(c.value().quizId())) {
                out.add(c.error("course " + c.value().id() + " is completed by quiz '" + c.value().quizId()
                        + "', but no blueprint with that id was loaded"
                        + (blueprintIds.isEmpty() ? "" : "; loaded blueprints: " + String.join(", ", blueprintIds.stream().sorted().toList()))));
            }
        }
        return out;
    }

    /** Whether a section may draw this question of a vignette of this format. */
    static boolean selects(Section s, Format format, LibraryTally.Item q) {
        return s.selections().isEmpty()
                || s.selections().stream().anyMatch(sel -> sel.selects(format, q.difficulty(), q.concepts()));
    }

    /** The questions a section asks for, in words. */
    static String describe(Section s) {
        if (s.selections().isEmpty()) {
            return "any question";
        }
        return s.selections().stream().map(CrossChecks::describe).collect(Collectors.joining(" or "));
    }

    private static String describe(Selection sel) {
        List<String> parts = new ArrayList<>();
        parts.add(sel.concepts().isEmpty() ? "any concept" : "concepts " + sel.concepts().stream()
                .map(Object::toString).collect(Collectors.joining(" ")));
        if (!sel.formats().isEmpty()) {
            parts.add("formats " + sel.formats().stream().sorted().map(Format::xmlName).collect(Collectors.joining(" ")));
        }
        if (!sel.difficulties().isEmpty()) {
            parts.add("difficulties " + sel.difficulties().stream().sorted().map(Difficulty::xmlName).collect(Collectors.joining(" ")));
        }
        return String.join("; ", parts);
    }
}
