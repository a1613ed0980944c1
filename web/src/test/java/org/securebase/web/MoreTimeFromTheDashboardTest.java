package org.securebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.quiz.delivery.ScoredAttempt;

/**
 * More time for one trainee, given from the dashboard of a real server on a real store, timed by
 * the test's clock: the quiz allows 45 minutes.
 */
class MoreTimeFromTheDashboardTest {
    @TempDir
    Path dir;

    @Test
    void anAnswerAfterTheLimitInsideTheExtraTimeCountsAndOneAfterItIsLate() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser ana = w.browser();
            String id = Browser.traineeId(ana.join(w.secrets.joinCode(), "Ana Ruiz"));
            Browser ben = w.browser();
            ben.join(w.secrets.joinCode(), "Ben Ode");
            List<String[]> answers = Answers.perfect(w.quiz, id);
            assertEquals(303, ana.answer(1, answers.get(0)).statusCode());
            Browser teacher = w.browser();
            HttpResponse<String> board = teacher.follow(teacher.get("/instructor?token=" + w.secrets.instructorToken()));
            w.clock.advance(Duration.ofMinutes(40));
            HttpResponse<String> after = teacher.follow(teacher.post("/instructor/extend", "csrf", Browser.csrf(board),
                    "trainee", id, "minutes", "10"));
            assertTrue(after.body().contains("15 min left <span class=\"hint\">(+10 min)</span>"), after.body());
            assertTrue(after.body().contains("<td class=\"time-left\">5 min left</td>"), "Ben's time is his own");

            w.clock.advance(Duration.ofMinutes(10));
            HttpResponse<String> inside = ana.answer(2, answers.get(1));
            assertEquals(303, inside.statusCode());
            assertNotEquals("/result", inside.headers().firstValue("Location").orElseThrow(), "five minutes past 45: on time");
            HttpResponse<String> q3 = ana.get("/q/3");
            assertTrue(q3.body().contains("5 min left"), q3.body());

            w.clock.advance(Duration.ofMinutes(6));
            List<String> fields = new java.util.ArrayList<>(List.of("csrf", Browser.csrf(q3), "seq", Browser.seq(q3),
                    "go", "next"));
            fields.addAll(List.of(answers.get(2)));
            HttpResponse<String> late = ana.post("/q/3", fields.toArray(new String[0]));
            assertEquals("/result", late.headers().firstValue("Location").orElseThrow());
            String result = ana.get("/result").body();
            assertTrue(result.contains("The time was up: only answers given in time count."), result);
            ScoredAttempt scored = w.results.results().scored(w.quiz.id(), id).get(0);
            assertEquals(2, scored.report().questions().stream().filter(q -> q.earned() > 0).count(),
                    "the answer inside the extra time counts, the one after it does not");
            assertEquals(1, w.store.timeExtensions(scored.header().storedId().value()).size());
        }
    }

    @Test
    void aRestartedServerStillHonoursTheExtraTime() {
        String id;
        String code;
        String resume;
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser ana = w.browser();
            HttpResponse<String> start = ana.join(w.secrets.joinCode(), "Ana Ruiz");
            id = Browser.traineeId(start);
            code = w.secrets.joinCode();
            resume = Browser.resumeCode(start);
            Browser teacher = w.browser();
            HttpResponse<String> board = teacher.follow(teacher.get("/instructor?token=" + w.secrets.instructorToken()));
            assertEquals(303, teacher.post("/instructor/extend", "csrf", Browser.csrf(board), "trainee", id,
                    "minutes", "20").statusCode());
        }
        try (RunningWorkshop again = new RunningWorkshop(dir)) {
            again.clock.advance(Duration.ofMinutes(60));
            Browser ana = again.browser();
            String csrf = Browser.csrf(ana.get("/join"));
            ana.follow(ana.post("/resume", "csrf", csrf, "code", code, "id", id, "resume", resume));
            HttpResponse<String> inside = ana.answer(1, Answers.perfect(again.quiz, id).get(0));
            assertNotEquals("/result", inside.headers().firstValue("Location").orElseThrow(),
                    "fifteen minutes past 45, inside the 20 more");
            assertTrue(ana.get("/q/2").body().contains("5 min left"));
        }
    }

    @Test
    void onlyTheInstructorGivesMoreTimeWithTheCsrfTokenAndMinutesInRange() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser ana = w.browser();
            String id = Browser.traineeId(ana.join(w.secrets.joinCode(), "Ana Ruiz"));
            String traineeCsrf = Browser.csrf(ana.get("/q/1"));
            HttpResponse<String> own = ana.post("/instructor/extend", "csrf", traineeCsrf, "trainee", id, "minutes", "30");
            assertEquals(403, own.statusCode(), "a trainee's session cannot give itself time");
            assertFalse(own.body().contains("min left <span"));

            Browser teacher = w.browser();
            assertEquals(403, teacher.post("/instructor/extend", "trainee", id, "minutes", "10").statusCode());
            HttpResponse<String> board = teacher.follow(teacher.get("/instructor?token=" + w.secrets.instructorToken()));
            String csrf = Browser.csrf(board);
            assertEquals(403, teacher.post("/instructor/extend", "trainee", id, "minutes", "10").statusCode(),
                    "no CSRF token");
            for (String bad : List.of("0", "121", "-5", "ten", "", "1.5")) {
                HttpResponse<String> r = teacher.post("/instructor/extend", "csrf", csrf, "trainee", id, "minutes", bad);
                assertEquals(400, r.statusCode(), bad);
                assertTrue(r.body().contains("Extra time is a whole number of minutes from 1 to 120."), r.body());
            }
            HttpResponse<String> nobody = teacher.post("/instructor/extend", "csrf", csrf, "trainee", "w-nobody",
                    "minutes", "10");
            assertEquals(400, nobody.statusCode());
            assertTrue(nobody.body().contains("No trainee with that id has joined this workshop."), nobody.body());
            long attempt = w.results.sittings().sit(w.quiz.id(), id).attemptId().value();
            assertTrue(w.store.timeExtensions(attempt).isEmpty(), "nothing refused was stored");

            ana.submitPerfect(w.quiz, id);
            HttpResponse<String> submitted = teacher.post("/instructor/extend", "csrf", csrf, "trainee", id,
                    "minutes", "10");
            assertEquals(409, submitted.statusCode());
            assertTrue(submitted.body().contains("Ana Ruiz has submitted: there is no time left to extend."),
                    submitted.body());
        }
    }
}
