package org.securebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.export.certificate.CertificateCheck;
import org.securebase.export.certificate.CertificateVerifier;
import org.securebase.export.verification.SignedFields;

/**
 * The result page's downloads over real HTTP: the trainee's concept mastery, their own score
 * report, and for a course's quiz they passed their own certificate, issued as
 * {@code securebase certificates} issues it and verified as {@code securebase verify} does.
 */
class ResultDownloadsTest {
    @TempDir
    Path dir;

    @Test
    void aTraineeWhoPassedACoursesQuizDownloadsTheirOwnCertificateWhichVerifies() throws IOException {
        try (RunningWorkshop w = new RunningWorkshop(dir, null, 60, null, WorkshopCourse.ofEveryTypeQuiz())) {
            Browser bob = w.browser();
            String bobId = Browser.traineeId(bob.join(w.secrets.joinCode(), "Bob Zanzibar"));
            bob.submitPerfect(w.quiz, bobId);
            Browser ana = w.browser();
            String anaId = Browser.traineeId(ana.join(w.secrets.joinCode(), "Ana Ruiz"));
            HttpResponse<String> result = ana.submitPerfect(w.quiz, anaId);
            assertTrue(result.body().contains("Concept mastery"), result.body());
            assertTrue(result.body().contains("100 %"), "perfect answers master every group");
            assertTrue(result.body().contains("action=\"/result/certificate\""), "a pass offers the certificate");

            HttpResponse<byte[]> first = ana.postForDownload("/result/certificate", "csrf", Browser.csrf(result));
            HttpResponse<byte[]> again = ana.postForDownload("/result/certificate", "csrf", Browser.csrf(result));

            assertEquals(200, first.statusCode());
            assertEquals("application/pdf", first.headers().firstValue("Content-Type").orElse(""));
            CertificateVerifier verifier = new CertificateVerifier(w.workspace.publishedKeys(null));
            SignedFields fields = valid(verifier, first.body(), "first.pdf");
            assertEquals(anaId, fields.value("trainee-id").orElseThrow(), "her own");
            assertEquals("Ana Ruiz", fields.value("trainee-name").orElseThrow());
            assertEquals(new String(fields.canonical(), StandardCharsets.UTF_8),
                    new String(valid(verifier, again.body(), "again.pdf").canonical(), StandardCharsets.UTF_8),
                    "asking again gives the certificate she holds");
            assertEquals(1, w.store.certificatesOf(WorkshopCourse.ofEveryTypeQuiz().id()).size(),
                    "one certificate recorded, Ana's; Bob asked for none");
        }
    }

    @Test
    void theScoreReportIsTheSignedInTraineesOwnAndOnlyAfterSubmitting() {
        try (RunningWorkshop w = new RunningWorkshop(dir)) {
            Browser bob = w.browser();
            String bobId = Browser.traineeId(bob.join(w.secrets.joinCode(), "Bob Zanzibar"));
            HttpResponse<byte[]> early = bob.download("/result/report.pdf");
            assertEquals(303, early.statusCode(), "no report before submitting");
            String csrf = Browser.csrf(bob.get("/submit"));
            HttpResponse<String> result = bob.submitPerfect(w.quiz, bobId);
            assertFalse(result.body().contains("/result/certificate"), "no course, no certificate offered");

            HttpResponse<byte[]> report = bob.download("/result/report.pdf");

            assertEquals(200, report.statusCode());
            assertEquals("application/pdf", report.headers().firstValue("Content-Type").orElse(""));
            assertTrue(new String(report.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
            assertEquals(404, bob.postForDownload("/result/certificate", "csrf", csrf).statusCode());
            assertEquals(403, bob.postForDownload("/result/certificate").statusCode(), "no CSRF token, no certificate");
        }
    }

    @Test
    void aTraineeWhoFailedIsOfferedNoCertificateAndGetsNone() {
        try (RunningWorkshop w = new RunningWorkshop(dir, null, 60, null, WorkshopCourse.ofEveryTypeQuiz())) {
            Browser ana = w.browser();
            ana.join(w.secrets.joinCode(), "Ana Ruiz");
            String csrf = Browser.csrf(ana.get("/submit"));
            HttpResponse<String> result = ana.follow(ana.post("/submit", "csrf", csrf));
            assertTrue(result.body().contains("not passed"), result.body());
            assertFalse(result.body().contains("/result/certificate"));
            assertEquals(404, ana.postForDownload("/result/certificate", "csrf", csrf).statusCode());
            assertTrue(w.store.certificatesOf(WorkshopCourse.ofEveryTypeQuiz().id()).isEmpty());
        }
    }

    private SignedFields valid(CertificateVerifier verifier, byte[] pdf, String name) throws IOException {
        CertificateCheck check = verifier.check(Files.write(dir.resolve(name), pdf));
        assertTrue(check.valid(), check.detail());
        return check.signedFields().orElseThrow();
    }
}
