package org.securebase.model.blueprint;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * A part of a blueprint: its fixed questions (always asked, placed first) and how many more
 * questions to draw by its selections.
 *
 * @param id unique within the blueprint
 * @param title shown to trainees
 * @param draw how many questions to draw, or null when the section holds only fixed questions
 * @param selections the rules a drawn question must meet (any one of them); empty means any question
 * @param fixed questions always asked, in this order
 * @param mustPass true when every question of the section (fixed and drawn) is must-pass
 * @param mustPassFixed the fixed questions marked must-pass on their own (a subset of {@code fixed})
 * @since 0.1
 */
public record Section(String id, String title, Integer draw, List<Selection> selections, List<QuestionRef> fixed,
                      boolean mustPass, List<QuestionRef> mustPassFixed) {

    /** A section with no must-pass question. */
    public Section(String id, String title, Integer draw, List<Selection> selections, List<QuestionRef> fixed) {
        this(id, title, draw, selections, fixed, false, List.of());
    }

    /**
     * Requires an id, a title, a non-negative draw, and something to ask; must-pass questions must
     * be among the fixed ones. A trainee who does not earn a must-pass question's full marks fails
     * whatever the total (docs/decisions/0087).
     */
    public Section {
        Checks.id(id, "section id");
        title = Checks.text(title, "title of section " + id);
        if (draw != null && draw < 0) {
            throw new ModelException("draw of section " + id + " must be ≥ 0, was " + draw);
        }
        selections = Checks.list(selections, "selections of section " + id);
        fixed = Checks.list(fixed, "fixed questions of section " + id);
        if ((draw == null || draw == 0) && fixed.isEmpty()) {
            throw new ModelException("section " + id + " asks nothing: give it 'draw' or fixed questions");
        }
        QuestionRef dup = Checks.firstDuplicate(fixed);
        if (dup != null) {
            throw new ModelException("section " + id + " fixes question " + dup + " twice");
        }
        mustPassFixed = mustPassFixed == null ? List.of() : Checks.list(mustPassFixed, "must-pass questions of section " + id);
        for (QuestionRef r : mustPassFixed) {
            if (!fixed.contains(r)) {
                throw new ModelException("section " + id + " marks " + r + " must-pass, but does not fix it");
            }
        }
    }

    /** True when the section's fixed question {@code ref} must be answered for full marks to pass. */
    public boolean mustPass(QuestionRef ref) {
        return mustPass || mustPassFixed.contains(ref);
    }

    /** How many questions to draw (0 when only fixed questions). */
    public int drawCount() {
        return draw == null ? 0 : draw;
    }
}
