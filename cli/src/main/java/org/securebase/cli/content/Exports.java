package org.securebase.cli.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.securebase.cli.support.UserError;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.library.Library;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.assembly.QuizSection;
import org.securebase.scenarios.interchange.Export;
import org.securebase.scenarios.interchange.ExportSection;

/**
 * What an {@code export} command hands to another system: named vignettes (a section each), a
 * blueprint's pool (a section per blueprint section: its fixed questions and every question its
 * selections can draw, each question in the first section that holds it), or a drawn quiz (its
 * sections as drawn).
 *
 * @since 0.2
 */
public final class Exports {
    private Exports() {
    }

    /** One section per named vignette, in the order named. */
    public static Export ofVignettes(Library library, List<String> ids) {
        List<ExportSection> sections = new ArrayList<>();
        for (String id : ids) {
            Vignette v = library.vignette(id).orElseThrow(() -> new UserError("no vignette '" + id
                    + "' in the library (securebase list shows them)"));
            sections.add(new ExportSection(v.id(), v.title(), v.questions().stream().map(q -> new LibraryQuestion(v, q)).toList()));
        }
        String id = ids.size() == 1 ? ids.get(0) : "vignettes";
        return new Export(id, ids.size() == 1 ? sections.get(0).title() : "SecureBase vignettes", sections);
    }

    /** One section per blueprint section with every question it may ask. */
    public static Export ofBlueprint(Library library, QuizBlueprint blueprint) {
        Set<QuestionRef> taken = new HashSet<>();
        List<ExportSection> sections = new ArrayList<>();
        for (Section s : blueprint.sections()) {
            List<LibraryQuestion> pool = new ArrayList<>();
            for (QuestionRef ref : s.fixed()) {
                LibraryQuestion q = library.question(ref).orElseThrow(() -> new UserError("blueprint " + blueprint.id()
                        + " fixes " + ref + ", which is not in the library"));
                if (taken.add(ref)) {
                    pool.add(q);
                }
            }
            if (s.drawCount() > 0) {
                library.questions().stream()
                        .filter(q -> s.selections().isEmpty() || s.selections().stream().anyMatch(sel -> sel.selects(q.vignette(), q.question())))
                        .sorted((a, b) -> a.ref().compareTo(b.ref()))
                        .filter(q -> taken.add(q.ref()))
                        .forEach(pool::add);
            }
            if (!pool.isEmpty()) {
                sections.add(new ExportSection(s.id(), s.title(), pool));
            }
        }
        if (sections.isEmpty()) {
            throw new UserError("blueprint " + blueprint.id() + " selects no question of the library");
        }
        return new Export(blueprint.id(), blueprint.title(), sections);
    }

    /** The quiz's sections with the questions drawn for them, in canonical order. */
    public static Export ofQuiz(Quiz quiz) {
        List<ExportSection> sections = new ArrayList<>();
        for (QuizSection s : quiz.sections()) {
            sections.add(new ExportSection(s.id(), s.title(), s.refs().stream().map(quiz::question).toList()));
        }
        return new Export(quiz.id(), quiz.settings().title(), sections);
    }
}
