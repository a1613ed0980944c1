package org.securebase.quiz;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.library.Library;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.Rubric;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.assembly.Fingerprint;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.assembly.QuizSection;
import org.securebase.quiz.assembly.QuizSettings;
import org.securebase.quiz.assembly.VignetteBlock;

/** An open response on the acceptance example's case, a library holding it, and a blueprint that asks it. */
public final class OpenResponseFixtures {
    /** Where the open response sits. */
    public static final QuestionRef OPEN = QuestionRef.parse("couple-late-text#q5");

    private OpenResponseFixtures() {
    }

    /** Question q5: 4 points, two criteria of levels 0, 1, 2, a model answer and the given limit. */
    public static OpenResponse anyOpenResponse(Integer limit) {
        return new OpenResponse("q5", 4, LibraryFixtures.concepts("emotion.primary"), null,
                "Jordan has just said \"I'm too much for her.\" Write what you would say to him now.",
                "There is a fear under the anger: that you are too much for Maya.", limit, new Rubric(List.of(
                new RubricCriterion("emotion", "Names the primary emotion", 2, List.of(new RubricLevel(0, "Stays with the content"),
                        new RubricLevel(1, "Hints at a softer feeling"), new RubricLevel(2, "Names the fear"))),
                new RubricCriterion("pace", "Stays with the client's pace", 2, List.of(new RubricLevel(0, "Moves on"),
                        new RubricLevel(1, "Slows down, changes subject"), new RubricLevel(2, "Slows down and stays"))))),
                "Reflect the fear he has reached.");
    }

    /** The acceptance example's vignette with q5 added. */
    public static Vignette coupleLateTextWithOpenResponse() {
        Vignette v = LibraryFixtures.coupleLateText();
        List<Question> questions = new ArrayList<>(v.questions());
        questions.add(anyOpenResponse(400));
        return new Vignette(v.id(), v.version(), v.format(), v.modality(), v.difficulty(), v.minutes(), v.language(),
                v.title(), v.authors(), v.license(), v.objectives(), v.clients(), v.background(), v.transcript(),
                v.annotations(), questions);
    }

    /** The seven fixture vignettes with q5 in the acceptance example's. */
    public static Library libraryWithOpenResponse() {
        List<Vignette> vignettes = new ArrayList<>(LibraryFixtures.anyLibrary().vignettes());
        vignettes.removeIf(v -> v.id().equals("couple-late-text"));
        vignettes.add(coupleLateTextWithOpenResponse());
        return new Library(vignettes);
    }

    /**
     * The writing check as a quiz: q1 (single choice, 1 point) and q5 (open, 4 points), pass 60 %.
     * Built directly, not drawn: assembly refuses open responses until attempts can await grading
     * everywhere (decision 0110), but the engine's scoring handles them already.
     */
    public static Quiz writingQuiz() {
        Vignette full = coupleLateTextWithOpenResponse();
        Vignette cut = new Vignette(full.id(), full.version(), full.format(), full.modality(), full.difficulty(),
                full.minutes(), full.language(), full.title(), full.authors(), full.license(), full.objectives(),
                full.clients(), full.background(), full.transcript(), full.annotations(),
                List.of(full.questions().get(0), full.questions().get(4)));
        return new Quiz("writing-check-test", "writing-check", 1, QuizFixtures.SEED, Fingerprint.of(List.of(cut)),
                QuizSettings.of(writingBlueprint()), List.of(new QuizSection("write", "Write", List.of(
                new VignetteBlock(cut.id(), List.of(QuestionRef.parse("couple-late-text#q1"), OPEN))))), List.of(cut));
    }

    /** A blueprint fixing q1 (single choice, 1 point) and q5 (open, 4 points); pass 60 %. */
    public static QuizBlueprint writingBlueprint() {
        return new QuizBlueprint("writing-check", 1, "Writing check", null, 60, null, false, false, 1, AttemptPolicy.BEST,
                List.of(new Section("write", "Write", null, List.of(),
                        List.of(QuestionRef.parse("couple-late-text#q1"), OPEN))));
    }
}
