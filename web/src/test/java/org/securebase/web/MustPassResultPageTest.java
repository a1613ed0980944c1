package org.securebase.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.variant.Variant;

/**
 * A trainee who misses a must-pass question fails whatever the total, and the result page says
 * which question, as the terminal result and the score report do (decision 0087).
 */
class MustPassResultPageTest {
    static final QuestionRef SCREENING = QuestionRef.parse("couple-late-text#q1");

    @TempDir
    Path dir;

    @Test
    void theResultPageNamesTheMissedMustPassQuestionAsTheTraineeSawIt() {
        try (RunningWorkshop w = new RunningWorkshop(dir, WorkshopQuiz.everyTypeWithMustPass())) {
            Browser ana = w.browser();
            String anaId = Browser.traineeId(ana.join(w.secrets.joinCode(), "Ana Ruiz"));
            List<String[]> answers = Answers.perfect(w.quiz, anaId);
            int skipped = Variant.forTrainee(w.quiz, anaId).order().indexOf(SCREENING) + 1;
            for (int n = 1; n <= answers.size(); n++) {
                if (n != skipped) {
                    ana.answer(n, answers.get(n - 1));
                }
            }
            HttpResponse<String> result = ana.follow(ana.post("/submit", "csrf", Browser.csrf(ana.get("/submit"))));
            String body = result.body();
            assertTrue(body.contains("12 of 13 points (92.3 %): <strong>not passed</strong> (pass mark 80 %)"), body);
            assertTrue(body.contains("Not passed, whatever the total: a must-pass question needs its full marks, and this"
                    + " one was missed:"), body);
            assertTrue(body.contains("<li>question " + skipped + ": Which interaction pattern best describes this exchange?</li>"),
                    body);
        }
    }

    @Test
    void aTraineeWhoEarnsTheMustPassQuestionSeesNoSuchNotice() {
        try (RunningWorkshop w = new RunningWorkshop(dir, WorkshopQuiz.everyTypeWithMustPass())) {
            Browser bob = w.browser();
            String bobId = Browser.traineeId(bob.join(w.secrets.joinCode(), "Bob Zanzibar"));
            String body = bob.submitPerfect(w.quiz, bobId).body();
            assertTrue(body.contains("<strong>passed</strong>"), body);
            assertFalse(body.contains("must-pass"), body);
        }
    }
}
