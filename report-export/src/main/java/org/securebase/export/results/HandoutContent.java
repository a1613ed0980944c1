package org.securebase.export.results;

import java.util.ArrayList;
import java.util.List;
import org.securebase.export.handout.HandoutData;
import org.securebase.export.handout.PresentedQuestion;
import org.securebase.export.handout.PresentedVignette;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.assembly.QuizSection;
import org.securebase.quiz.assembly.VignetteBlock;
import org.securebase.quiz.variant.Variant;

/**
 * The printable content of one variant: vignettes in the variant's order, each with its
 * questions numbered through the quiz and their parts in the variant's arrangement.
 *
 * @since 0.1
 */
public final class HandoutContent {
    private HandoutContent() {
    }

    /** The handout data of a variant of a quiz. */
    public static HandoutData of(Quiz quiz, Variant variant, String sponsor) {
        List<PresentedVignette> vignettes = new ArrayList<>();
        int number = 0;
        for (QuizSection section : variant.sections()) {
            for (VignetteBlock block : section.blocks()) {
                Vignette vignette = quiz.vignette(block.vignetteId());
                List<PresentedQuestion> questions = new ArrayList<>();
                for (QuestionRef ref : block.questions()) {
                    var question = quiz.question(ref).question();
                    List<String> parts = PresentedQuestion.parts(question);
                    List<String> presented = variant.arrangement(ref).stream().map(p -> parts.get(p - 1)).toList();
                    questions.add(new PresentedQuestion(++number, question, presented));
                }
                vignettes.add(new PresentedVignette(vignette, questions));
            }
        }
        return new HandoutData(quiz.settings().title(), sponsor, variant.code(), vignettes);
    }
}
