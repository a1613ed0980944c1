package org.securebase.quiz.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.blueprint.Selection;
import org.securebase.model.library.Library;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Question;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.grading.Grades;
import org.securebase.quiz.json.ContentJson;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.ScoreReport;
import org.securebase.quiz.scoring.Scorer;

/** Open responses travel in the canonical content form, and a blueprint may fix or draw them (decision 0140). */
class OpenResponseAssemblyTest {

    @Test
    void anOpenResponseReadsBackFromItsCanonicalForm() {
        Question q = OpenResponseFixtures.anyOpenResponse(400);
        assertEquals(q, ContentJson.readQuestion(ContentJson.question(q)));
        Question bare = new OpenResponse("q6", 2, q.concepts(), null, "Write.", null, null, null, null);
        assertEquals(bare, ContentJson.readQuestion(ContentJson.question(bare)));
    }

    @Test
    void aBlueprintMayHoldAnOpenResponseAndItsAttemptsAwaitGrading() {
        Quiz quiz = Assembly.assemble(OpenResponseFixtures.writingBlueprint(), OpenResponseFixtures.libraryWithOpenResponse(),
                QuizFixtures.SEED);
        assertTrue(quiz.asks(OpenResponseFixtures.OPEN));
        assertEquals(List.of(OpenResponseFixtures.OPEN), List.copyOf(Grades.openResponses(quiz).keySet()));
        ScoreReport r = Scorer.score(quiz, AnswerKey.of(quiz), Map.of(OpenResponseFixtures.OPEN, new Answer.Text("Too much…")));
        assertEquals(ScoreReport.Verdict.AWAITING_GRADING, r.verdict());
    }

    @Test
    void aSelectionMayDrawAnOpenResponse() {
        Library library = OpenResponseFixtures.libraryWithOpenResponse();
        QuizBlueprint drawing = new QuizBlueprint("writing-draw", 1, "Writing draw", null, 60, null, false, false, 1,
                AttemptPolicy.BEST, List.of(new Section("all", "All", library.questions().size(),
                        List.of(new Selection(null, null, null)), List.of())));
        Quiz quiz = Assembly.assemble(drawing, library, QuizFixtures.SEED);
        assertTrue(quiz.asks(OpenResponseFixtures.OPEN), "drawing every question of the library draws q5 too");
    }
}
