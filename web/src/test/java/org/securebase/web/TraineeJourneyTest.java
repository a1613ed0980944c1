package org.securebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Sitting;

/** A trainee's path through a real server and a real store: join, answer every type, submit, resume. */
class TraineeJourneyTest {
    @TempDir
    Path dir;

    @Test
    void keyedAnswersToEveryQuestionTypeScoreFullMarksThroughTheEngine() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            HttpResponse<String> start = b.join(w.secrets.joinCode(), "Ana Ruiz");
            String id = Browser.traineeId(start);
            List<String[]> answers = Answers.perfect(w.quiz, id);
            for (int n = 1; n <= answers.size(); n++) {
                assertEquals(303, b.answer(n, answers.get(n - 1)).statusCode());
            }
            Sitting sitting = w.results.sittings().sit(w.quiz.id(), id);
            assertEquals(10, sitting.order().stream().filter(r -> sitting.answerTo(r).isPresent()).count());
            HttpResponse<String> confirm = b.get("/submit");
            HttpResponse<String> result = b.follow(b.post("/submit", "csrf", Browser.csrf(confirm)));
            assertTrue(result.body().contains("13 of 13 points (100.0 %)"), result.body());
            assertEquals(1, w.results.results().scored(w.quiz.id()).size());
        }
    }

    @Test
    void theCaseIsShownAsAScriptWithNonVerbalNotes() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            b.join(w.secrets.joinCode(), "Ana Ruiz");
            StringBuilder all = new StringBuilder();
            for (int c = 1; c <= 6; c++) {
                all.append(b.get("/case/" + c).body());
            }
            String page = all.toString();
            assertTrue(page.contains("<h2 id=\"transcript\">Transcript</h2>"), page);
            assertTrue(page.contains("<span class=\"nonverbal\">(arms crossed)</span>"), page);
            assertTrue(page.contains("<li>Ada, 46 (parent)</li>"), page);
            assertEquals(404, b.get("/case/7").statusCode());
        }
    }

    @Test
    void aRepeatedSubmitIsIdempotentAndAnAnswerAfterItIsRefusedWithAMessage() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            b.join(w.secrets.joinCode(), "Ana Ruiz");
            HttpResponse<String> q1 = b.get("/q/1");
            String csrf = Browser.csrf(q1);
            assertEquals(303, b.post("/submit", "csrf", csrf).statusCode());
            assertEquals(303, b.post("/submit", "csrf", csrf).statusCode());
            assertEquals(1, w.results.results().scored(w.quiz.id()).size());
            HttpResponse<String> late = b.post("/q/1", "csrf", csrf, "seq", Browser.seq(q1), "go", "next", "option", "A");
            assertEquals(409, late.statusCode());
            assertTrue(late.body().contains("Your quiz is submitted: answers can no longer change."), late.body());
        }
    }

    @Test
    void aStaleTabCannotOverwriteANewerAnswer() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            String id = Browser.traineeId(b.join(w.secrets.joinCode(), "Ana Ruiz"));
            HttpResponse<String> tab1 = b.get("/q/1");
            HttpResponse<String> tab2 = b.get("/q/1");
            assertEquals(303, b.post("/q/1", "csrf", Browser.csrf(tab1), "seq", Browser.seq(tab1), "go", "next",
                    "option", "A").statusCode());
            HttpResponse<String> stale = b.post("/q/1", "csrf", Browser.csrf(tab2), "seq", Browser.seq(tab2), "go", "next",
                    "option", "B");
            assertEquals(409, stale.statusCode());
            assertTrue(stale.body().contains("answered in another tab"), stale.body());
            Sitting s = w.results.sittings().sit(w.quiz.id(), id);
            String letter = w.quiz.question(s.order().get(0)).question().accept(new LetterOfSingle(s));
            assertEquals("A", letter);
        }
    }

    @Test
    void theServersClockEndsTheAttemptAndALateAnswerDoesNotCount() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            String id = Browser.traineeId(b.join(w.secrets.joinCode(), "Ana Ruiz"));
            List<String[]> answers = Answers.perfect(w.quiz, id);
            assertEquals(303, b.answer(1, answers.get(0)).statusCode());
            HttpResponse<String> q2 = b.get("/q/2");
            w.clock.advance(Duration.ofMinutes(46));
            List<String> fields = new java.util.ArrayList<>(List.of("csrf", Browser.csrf(q2), "seq", Browser.seq(q2),
                    "go", "next"));
            fields.addAll(List.of(answers.get(1)));
            HttpResponse<String> late = b.post("/q/2", fields.toArray(new String[0]));
            assertEquals("/result", late.headers().firstValue("Location").orElseThrow());
            String result = b.get("/result").body();
            assertTrue(result.contains("The time was up: only answers given in time count."), result);
            ScoredAttempt scored = w.results.results().scored(w.quiz.id()).get(0);
            assertEquals(1, scored.report().questions().stream().filter(q -> q.earned() > 0).count());
        }
    }

    @Test
    void aTraineeResumesOnAnotherDeviceWithTheJoinCodeAndTheirResumeCode() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser phone = w.browser();
            HttpResponse<String> start = phone.join(w.secrets.joinCode(), "Ana Ruiz");
            String id = Browser.traineeId(start);
            assertEquals(303, phone.answer(1, Answers.perfect(w.quiz, id).get(0)).statusCode());
            Browser laptop = w.browser();
            String csrf = Browser.csrf(laptop.get("/join"));
            HttpResponse<String> wrong = laptop.post("/resume", "csrf", csrf, "code", w.secrets.joinCode(), "id", id,
                    "resume", "AAAA-AAAA");
            assertEquals(403, wrong.statusCode());
            HttpResponse<String> resumed = laptop.follow(laptop.post("/resume", "csrf", csrf, "code", w.secrets.joinCode(),
                    "id", id, "resume", Browser.resumeCode(start).toLowerCase(java.util.Locale.ROOT)));
            assertTrue(resumed.body().contains("You are resuming: 1 of 10 answered, all saved."), resumed.body());
            assertFalse(laptop.get("/q/1").body().contains("Welcome"));
        }
    }

    @Test
    void aRestartedServerResumesTheAttemptWithTheSameCodes() {
        String code;
        String id;
        String resume;
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            HttpResponse<String> start = b.join(w.secrets.joinCode(), "Ana Ruiz");
            code = w.secrets.joinCode();
            id = Browser.traineeId(start);
            resume = Browser.resumeCode(start);
            assertEquals(303, b.answer(1, Answers.perfect(w.quiz, id).get(0)).statusCode());
        }
        try (RunningWorkshop again = new RunningWorkshop(dir)) {
            assertEquals(code, again.secrets.joinCode());
            Browser b = again.browser();
            String csrf = Browser.csrf(b.get("/join"));
            HttpResponse<String> resumed = b.follow(b.post("/resume", "csrf", csrf, "code", code, "id", id,
                    "resume", resume));
            assertTrue(resumed.body().contains("You are resuming: 1 of 10 answered, all saved."), resumed.body());
        }
    }

    @Test
    void anOrderWithARepeatedPositionIsShownAgainToFixAndNotSaved() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            String id = Browser.traineeId(b.join(w.secrets.joinCode(), "Ana Ruiz"));
            List<String[]> answers = Answers.perfect(w.quiz, id);
            int ordering = -1;
            for (int i = 0; i < answers.size(); i++) {
                if (answers.get(i)[0].startsWith("place-")) {
                    ordering = i + 1;
                }
            }
            String[] fields = answers.get(ordering - 1).clone();
            fields[3] = fields[1];
            HttpResponse<String> r = b.answer(ordering, fields);
            assertEquals(422, r.statusCode());
            assertTrue(r.body().contains("give every item a different position"), r.body());
            Sitting s = w.results.sittings().sit(w.quiz.id(), id);
            assertTrue(s.answerTo(s.order().get(ordering - 1)).isEmpty());
        }
    }
}
