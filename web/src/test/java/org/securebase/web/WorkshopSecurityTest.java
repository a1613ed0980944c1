package org.securebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.assembly.Quiz;

/** Every security point of the workshop server, over real HTTP against a real server and store. */
class WorkshopSecurityTest {
    @TempDir
    Path dir;

    @Test
    void theSessionCookieHolds128RandomBitsAndIsHttpOnlyAndSameSiteStrict() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            HttpResponse<String> join = w.browser().get("/join");
            String cookie = join.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sb_session="))
                    .findFirst().orElseThrow();
            String lower = cookie.toLowerCase(Locale.ROOT);
            assertTrue(lower.contains("httponly"), cookie);
            assertTrue(lower.contains("samesite=strict"), cookie);
            assertFalse(lower.contains("secure"), "plain HTTP cannot set Secure: " + cookie);
            String value = HttpCookie.parse(cookie).get(0).getValue();
            assertEquals(16, Base64.getUrlDecoder().decode(value).length);
        }
    }

    @Test
    void joiningGivesANewSessionIdSoAPlantedOneIsWorthless() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            b.get("/join");
            String before = b.cookies.getCookieStore().getCookies().get(0).getValue();
            b.join(w.secrets.joinCode(), "Ana Ruiz");
            String after = b.cookies.getCookieStore().getCookies().get(0).getValue();
            assertFalse(before.equals(after));
            Browser attacker = w.browser();
            attacker.cookies.getCookieStore().add(java.net.URI.create(w.server.address()), new HttpCookie("sb_session", before));
            assertEquals("/join", attacker.get("/q/1").headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndNoServerVersionOrStackTrace() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            List<HttpResponse<String>> responses = new ArrayList<>();
            responses.add(b.get("/join"));
            responses.add(b.get("/"));
            responses.add(b.get("/static/app.css"));
            responses.add(b.get("/no-such-page"));
            responses.add(b.get("/q/1"));
            responses.add(b.post("/join", "code", "x"));
            responses.add(b.postRaw("/join", "%%%"));
            responses.add(b.get("/instructor"));
            responses.add(b.get("/q/%2e%2e%2f"));
            for (HttpResponse<String> r : responses) {
                String where = r.uri() + " " + r.statusCode() + "\n" + Browser.headers(r);
                String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError(where));
                assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), where);
                assertTrue(csp.contains("frame-ancestors 'none'"), where);
                assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), where);
                assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(""), where);
                assertTrue(r.headers().firstValue("Server").isEmpty(), where);
                String type = r.headers().firstValue("Content-Type").orElse("");
                assertTrue(!type.startsWith("text/html") || type.replace(" ", "").equalsIgnoreCase("text/html;charset=utf-8"), where);
                String all = (Browser.headers(r) + r.body()).toLowerCase(Locale.ROOT);
                for (String leak : List.of("jetty", "javalin", "exception", "at org.", "at io.", "at java.")) {
                    assertFalse(all.contains(leak), where + " shows '" + leak + "'");
                }
                assertTrue(r.statusCode() < 500, where);
            }
        }
    }

    @Test
    void aRequestWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            String id = Browser.traineeId(b.join(w.secrets.joinCode(), "Ana Ruiz"));
            HttpResponse<String> q1 = b.get("/q/1");
            HttpResponse<String> without = b.post("/q/1", "seq", Browser.seq(q1), "go", "next", "option", "A");
            assertEquals(403, without.statusCode());
            HttpResponse<String> forged = b.post("/q/1", "csrf", "forged", "seq", Browser.seq(q1), "option", "A");
            assertEquals(403, forged.statusCode());
            assertEquals(403, b.post("/submit").statusCode());
            assertTrue(w.results.sittings().sit(w.quiz.id(), id).attempt().responses().isEmpty());
            assertTrue(w.results.results().scored(w.quiz.id()).isEmpty());
            Browser fresh = w.browser();
            fresh.get("/join");
            assertEquals(403, fresh.post("/join", "code", w.secrets.joinCode(), "name", "No Token").statusCode());
        }
    }

    @Test
    void joinAttemptsAreRateLimitedPerClientAddress(@TempDir Path other) {
        try (RunningWorkshop w = new RunningWorkshop(other, null, 3)) {
            Browser b = w.browser();
            String csrf = Browser.csrf(b.get("/join"));
            for (int i = 0; i < 3; i++) {
                assertEquals(403, b.post("/join", "csrf", csrf, "code", "WRONG" + i, "name", "Guess").statusCode());
            }
            HttpResponse<String> limited = b.post("/join", "csrf", csrf, "code", w.secrets.joinCode(), "name", "Guess");
            assertEquals(429, limited.statusCode());
            assertTrue(limited.body().contains("Too many tries"), limited.body());
            assertEquals(429, b.post("/resume", "csrf", csrf, "code", "x", "id", "y", "resume", "z").statusCode());
        }
    }

    @Test
    void aTraineeReachesNothingOfAnotherTraineeAndNothingOfTheKeyBeforeSubmitting() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser bob = w.browser();
            HttpResponse<String> bobStart = bob.join(w.secrets.joinCode(), "Bob Zanzibar");
            String bobId = Browser.traineeId(bobStart);
            String bobResume = Browser.resumeCode(bobStart);
            List<String[]> bobAnswers = Answers.perfect(w.quiz, bobId);
            for (int n = 1; n <= 10; n++) {
                bob.answer(n, bobAnswers.get(n - 1));
            }
            bob.post("/submit", "csrf", Browser.csrf(bob.get("/submit")));

            Browser ana = w.browser();
            String anaId = Browser.traineeId(ana.join(w.secrets.joinCode(), "Ana Ruiz"));
            List<String> paths = new ArrayList<>(List.of("/", "/join", "/start", "/review", "/submit", "/result", "/qr.svg",
                    "/instructor", "/instructor?token=" + w.secrets.joinCode(), "/instructor?token=guess",
                    "/static/app.js", "/static/app.css", "/result?trainee=" + bobId, "/start?id=" + bobId,
                    "/q/1?trainee=" + bobId, "/" + bobId, "/trainee/" + bobId, "/attempt/1", "/attempt/2", "/results.db",
                    "/case/0", "/q/0", "/q/11", "/q/-1", "/case/99", "/static/../results.db", "/result/report.pdf",
                    "/result/report.pdf?trainee=" + bobId, "/result/certificate", "/result/" + bobId + "/report.pdf"));
            for (int n = 1; n <= 10; n++) {
                paths.add("/q/" + n);
            }
            for (int c = 1; c <= 6; c++) {
                paths.add("/case/" + c);
            }
            List<String> secrets = new ArrayList<>(List.of(bobId, "Bob Zanzibar", "Zanzibar", bobResume,
                    w.secrets.instructorToken()));
            secrets.addAll(keyTexts(w.quiz));
            for (String p : paths) {
                HttpResponse<String> r = ana.get(p);
                for (String s : secrets) {
                    assertFalse(r.body().contains(s), p + " shows '" + s + "'");
                }
                assertFalse(r.body().contains("type=\"hidden\" name=\"answer"), p);
            }
            for (String p : List.of("/resume", "/join")) {
                HttpResponse<String> r = ana.post(p, "csrf", Browser.csrf(ana.get("/q/1")), "code", w.secrets.joinCode(),
                        "id", bobId, "resume", "AAAA-AAAA");
                assertFalse(r.body().contains("Bob"), p);
            }
            for (String[] fields : List.of(new String[] {"csrf", Browser.csrf(ana.get("/q/1"))},
                    new String[] {"csrf", Browser.csrf(ana.get("/q/1")), "trainee", bobId})) {
                HttpResponse<byte[]> r = ana.postForDownload("/result/certificate", fields);
                assertFalse(new String(r.body(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"),
                        "Ana, who has not submitted, gets no certificate, neither hers nor Bob's");
            }
            assertEquals(200, bob.download("/result/report.pdf").statusCode(), "Bob, who submitted, gets his");
            assertTrue(ana.get("/start").body().contains(anaId));
        }
    }

    /** Feedback texts hold the key's reasons; none may show before submission. */
    private static List<String> keyTexts(Quiz quiz) {
        List<String> out = new ArrayList<>();
        quiz.questions().forEach(q -> {
            Question question = q.question();
            if (question.feedback() != null) {
                out.add(question.feedback());
            }
            out.addAll(question.accept(new OptionFeedback()));
        });
        return out;
    }

    /** The feedback written on each option of a choice question. */
    private static final class OptionFeedback implements QuestionVisitor<List<String>> {
        @Override
        public List<String> singleChoice(SingleChoice question) {
            return question.options().stream().map(ChoiceOption::feedback).filter(f -> f != null).toList();
        }

        @Override
        public List<String> multipleResponse(MultipleResponse question) {
            return question.options().stream().map(ChoiceOption::feedback).filter(f -> f != null).toList();
        }

        @Override
        public List<String> ordering(Ordering question) {
            return List.of();
        }

        @Override
        public List<String> matching(Matching question) {
            return List.of();
        }

        @Override
        public List<String> openResponse(OpenResponse question) {
            return List.of();
        }
    }

    @Test
    void bodiesAndFieldCountsAreBounded() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            b.join(w.secrets.joinCode(), "Ana Ruiz");
            String csrf = Browser.csrf(b.get("/q/1"));
            HttpResponse<String> big = b.postRaw("/q/1", "csrf=" + csrf + "&option=" + "A".repeat(WorkshopServer.MAX_BODY));
            assertEquals(413, big.statusCode());
            StringBuilder many = new StringBuilder("csrf=" + csrf + "&seq=0");
            for (int i = 0; i < 50; i++) {
                many.append("&option=A");
            }
            assertEquals(413, b.postRaw("/q/1", many.toString()).statusCode());
        }
    }

    @Test
    void onlyTheQuestionsAndOptionsOnTheTraineesPageAreAccepted() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser b = w.browser();
            String id = Browser.traineeId(b.join(w.secrets.joinCode(), "Ana Ruiz"));
            HttpResponse<String> q1 = b.get("/q/1");
            String csrf = Browser.csrf(q1);
            String seq = Browser.seq(q1);
            assertEquals(400, b.post("/q/1", "csrf", csrf, "seq", seq, "option", "Z").statusCode());
            assertEquals(400, b.post("/q/1", "csrf", csrf, "seq", seq, "option", "1").statusCode());
            assertEquals(400, b.post("/q/1", "csrf", csrf, "seq", seq, "ref", "couple-late-text#q1").statusCode());
            assertEquals(400, b.post("/q/1", "csrf", csrf, "seq", seq, "go", "delete").statusCode());
            assertEquals(404, b.post("/q/11", "csrf", csrf, "seq", seq, "option", "A").statusCode());
            assertEquals(404, b.post("/q/abc", "csrf", csrf, "seq", seq, "option", "A").statusCode());
            assertTrue(w.results.sittings().sit(w.quiz.id(), id).attempt().responses().isEmpty());
        }
    }

    @Test
    void theDashboardOpensWithTheInstructorTokenOnlyAndClosingStopsNewJoins() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser trainee = w.browser();
            trainee.join(w.secrets.joinCode(), "Ana Ruiz");
            assertEquals(403, trainee.get("/instructor").statusCode());
            Browser teacher = w.browser();
            assertEquals(403, teacher.get("/instructor").statusCode());
            assertEquals(403, teacher.get("/instructor?token=" + w.secrets.joinCode()).statusCode());
            HttpResponse<String> board = teacher.follow(teacher.get("/instructor?token=" + w.secrets.instructorToken()));
            assertTrue(board.body().contains("Ana Ruiz"), board.body());
            assertEquals(403, teacher.post("/instructor/close").statusCode());
            assertEquals(303, teacher.post("/instructor/close", "csrf", Browser.csrf(board)).statusCode());
            Browser late = w.browser();
            String csrf = Browser.csrf(late.get("/join"));
            HttpResponse<String> refused = late.post("/join", "csrf", csrf, "code", w.secrets.joinCode(), "name", "Late");
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("Joining is closed"), refused.body());
            assertEquals(200, trainee.get("/q/1").statusCode(), "who joined before goes on answering");
        }
    }
}
