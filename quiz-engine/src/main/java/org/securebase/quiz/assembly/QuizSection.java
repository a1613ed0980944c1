package org.securebase.quiz.assembly;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;

/**
 * A section of a quiz: the blueprint section's id and title with the vignette blocks drawn for
 * it, in the quiz's canonical (unshuffled) order.
 *
 * @param id the blueprint section's id
 * @param title shown to trainees
 * @param blocks at least one
 * @since 0.1
 */
public record QuizSection(String id, String title, List<VignetteBlock> blocks) {

    /** Requires an id, a title and at least one block. */
    public QuizSection {
        Checks.id(id, "section id");
        title = Checks.text(title, "title of section " + id);
        blocks = Checks.nonEmpty(blocks, "blocks of section " + id);
    }

    /** The section's questions in canonical order. */
    public List<QuestionRef> refs() {
        return blocks.stream().flatMap(b -> b.questions().stream()).toList();
    }
}
