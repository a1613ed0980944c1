package org.securebase.scenarios.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.blueprint.Selection;
import org.securebase.model.course.Course;
import org.securebase.model.library.Library;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Format;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Located;
import org.securebase.scenarios.diagnostic.SourceMap;

/**
 * The checks that need more than one file. Each returns its problems; none throws.
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

    /** Fixed questions of a blueprint that the library does not hold, each at its {@code fixed} element. */
    public static List<Diagnostic> missingFixedQuestions(Located<QuizBlueprint> blueprint, Library library) {
        List<Diagnostic> out = new ArrayList<>();
        for (Section s : blueprint.value().sections()) {
            for (QuestionRef ref : s.fixed()) {
                if (library.question(ref).isEmpty()) {
                    String why = library.vignette(ref.vignetteId()).isEmpty()
                            ? "there is no vignette '" + ref.vignetteId() + "'"
                            : "vignette " + ref.vignetteId() + " has no question '" + ref.questionId() + "'";
                    out.add(blueprint.error(SourceMap.fixedKey(ref.toString()), "section " + s.id() + " fixes question "
                            + ref + ", but " + why + " in the library"));
                }
            }
        }
        return out;
    }

    /**
     * Sections that ask to draw more questions than the library holds for them (questions fixed
     * anywhere in the blueprint are never drawn, so they do not count).
     */
    public static List<Diagnostic> unsatisfiableSections(Located<QuizBlueprint> blueprint, Library library) {
        List<Diagnostic> out = new ArrayList<>();
        Set<QuestionRef> fixed = new HashSet<>(blueprint.value().fixed());
        for (Section s : blueprint.value().sections()) {
            if (s.drawCount() == 0) {
                continue;
            }
            long matching = library.questions().stream()
                    .filter(q -> !fixed.contains(q.ref()))
                    .filter(q -> selects(s, q))
                    .count();
            if (matching < s.drawCount()) {
                out.add(blueprint.error(SourceMap.sectionKey(s.id()), "section " + s.id() + " asks to draw "
                        + s.drawCount() + " questions (" + describe(s) + "), but the library has "
                        + (matching == 0 ? "none" : "only " + matching) + " that match"));
            }
        }
        return out;
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

    private static boolean selects(Section s, LibraryQuestion q) {
        return s.selections().isEmpty() || s.selections().stream().anyMatch(sel -> sel.selects(q.vignette(), q.question()));
    }

    private static String describe(Section s) {
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
