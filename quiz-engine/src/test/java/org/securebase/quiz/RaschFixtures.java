package org.securebase.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.library.Library;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.Question;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;

/**
 * A quiz of single-choice questions only, at the three difficulties in turn, for checking that
 * Rasch calibration gives back the difficulties the simulator answers by (a single-choice
 * question is a dichotomous Rasch item in the simulator; the other types are answered part by part).
 */
public final class RaschFixtures {
    private RaschFixtures() {
    }

    /** {@code vignettes} vignettes of {@code each} single-choice questions, every one asked. */
    public static Quiz singleChoiceQuiz(int vignettes, int each) {
        Difficulty[] levels = Difficulty.values();
        List<Vignette> all = new ArrayList<>();
        int n = 0;
        for (int v = 1; v <= vignettes; v++) {
            List<Question> questions = new ArrayList<>();
            for (int q = 1; q <= each; q++) {
                questions.add(LibraryFixtures.single("q" + q, 1, "style.anxious", levels[n++ % levels.length],
                        "Which reading fits best (" + v + "." + q + ")?",
                        LibraryFixtures.right("The keyed reading", "Yes."), LibraryFixtures.wrong("A first distractor", "No."),
                        LibraryFixtures.wrong("A second distractor", "No."), LibraryFixtures.wrong("A third distractor", "No.")));
            }
            all.add(LibraryFixtures.vignette("rasch-" + v, Format.INDIVIDUAL, "modality.efit", Difficulty.INTERMEDIATE,
                    "Rasch fixture " + v, List.of(new Client("ana", "Ana", 30, "she/her", "client")),
                    List.of(new Turn("ana", "I am here.", null)), questions));
        }
        QuizBlueprint blueprint = new QuizBlueprint("rasch-check", 1, "Rasch check", null, 50, null, false, false, 1,
                AttemptPolicy.BEST, List.of(new Section("all", "Everything", vignettes * each,
                        List.of(LibraryFixtures.select("style.*", Set.of(), Set.of())), List.of())));
        return Assembly.assemble(blueprint, new Library(all), 1);
    }
}
