package org.securebase.quiz.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Question;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.json.ContentJson;

/** Open responses travel in the canonical content form, and assembly keeps them out of quizzes until grading exists. */
class OpenResponseAssemblyTest {

    @Test
    void anOpenResponseReadsBackFromItsCanonicalForm() {
        Question q = OpenResponseFixtures.anyOpenResponse(400);
        assertEquals(q, ContentJson.readQuestion(ContentJson.question(q)));
        Question bare = new OpenResponse("q6", 2, q.concepts(), null, "Write.", null, null, null, null);
        assertEquals(bare, ContentJson.readQuestion(ContentJson.question(bare)));
    }

    @Test
    void refusesAQuizThatWouldHoldAnOpenResponse() {
        BlueprintNotSatisfiedException e = assertThrows(BlueprintNotSatisfiedException.class,
                () -> Assembly.assemble(OpenResponseFixtures.writingBlueprint(),
                        OpenResponseFixtures.libraryWithOpenResponse(), QuizFixtures.SEED));
        assertEquals("question couple-late-text#q5 is an open response, which quizzes cannot hold yet: leave it out of the"
                + " blueprint (fix the selection or the fixed references) until grading is supported", e.getMessage());
    }
}
