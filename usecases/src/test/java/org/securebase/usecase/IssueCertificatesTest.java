package org.securebase.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.export.certificate.CertificateBatch;
import org.securebase.export.certificate.CertificateCheck;
import org.securebase.export.certificate.CertificateVerifier;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.course.Course;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StandingCertificate;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Loaded;

/** Issuing certificates is idempotent: a rerun after an interruption delivers what the store recorded. */
class IssueCertificatesTest {
    private static final String BLUEPRINT = "attachment-workshop-post-test";
    private static final String COURSE = "attachment-foundations-workshop-2027";
    private static final int TRAINEES = 6;

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2027-04-17T16:00:00Z"), ZoneOffset.UTC);
    private Workspace workspace;
    private Course course;
    private Quiz quiz;

    @BeforeEach
    void recordACohortThatPasses() {
        Loaded loaded = ContentLoader.standard().loadBundled((d, t) -> { });
        course = loaded.courses().stream().filter(c -> c.id().equals(COURSE)).findFirst().orElseThrow();
        quiz = Assembly.assemble(loaded.blueprints().stream().filter(b -> b.id().equals(BLUEPRINT)).findFirst()
                .orElseThrow(), loaded.library(), 3);
        workspace = new Workspace(dir.resolve("results.db"));
        new GenerateResults(workspace, clock).generate(quiz, TRAINEES, 5, 8.0);
    }

    @Test
    void aRunKilledAtTheFinalRenameIsDeliveredByTheNextWithTheSignedFieldsItRecorded() throws IOException {
        Path out = dir.resolve("certs");
        IssueCertificates.Issued first = issue(out);
        assertEquals(TRAINEES, first.count());
        List<String> numbers = recordedNumbers();
        // What a kill at the final rename leaves: the records, the journal, the hidden folder; no output folder.
        Path hidden = dir.resolve(".certs.4021533");
        Files.move(out, hidden);
        Files.write(dir.resolve(".certs.issuing"), numbers, StandardCharsets.UTF_8);

        IssueCertificates.Issued rerun = issue(out);

        assertEquals(0, rerun.count(), "nobody new passed");
        assertEquals(TRAINEES, rerun.recovered());
        assertEquals(numbers, pdfNumbers(out));
        assertFalse(Files.exists(hidden), "the interrupted run's temporary folder is removed");
        assertFalse(Files.exists(dir.resolve(".certs.issuing")), "the journal goes once the folder is in place");
        try (ResultStore store = workspace.openExisting()) {
            CertificateVerifier verifier = new CertificateVerifier(workspace.publishedKeys(null));
            for (Path pdf : pdfs(out)) {
                CertificateCheck check = verifier.check(pdf);
                assertTrue(check.valid(), check.detail());
                String number = pdf.getFileName().toString().substring(0, "AFW-2027-000001".length());
                StandingCertificate recorded = (StandingCertificate) store.certificate(number).orElseThrow();
                assertEquals(recorded.fields(), new String(check.signedFields().orElseThrow().canonical(),
                        StandardCharsets.UTF_8), "the same signed fields, byte for byte");
            }
        }
        IssueCertificates.Issued third = issue(dir.resolve("later"));
        assertEquals(0, third.recovered(), "a finished run leaves nothing to deliver again");
    }

    @Test
    void aCertificateMissingFromTheFolderOfAnInterruptedRunIsWrittenIntoIt() throws IOException {
        Path out = dir.resolve("certs");
        issue(out);
        List<String> numbers = recordedNumbers();
        Path lost = pdfs(out).get(2);
        Files.delete(lost);
        Files.write(dir.resolve(".certs.issuing"), numbers, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve(".certs.old"));

        IssueCertificates.Issued rerun = issue(out);

        assertEquals(1, rerun.recovered());
        assertTrue(Files.exists(lost));
        assertTrue(Files.exists(out.resolve(CertificateBatch.COMBINED)));
        assertFalse(Files.exists(dir.resolve(".certs.old")));
    }

    @Test
    void oneTraineesCertificateIsIssuedOnceVerifiesAndIsDrawnAgainWithTheSameSignedFields() throws IOException {
        String trainee;
        try (ResultStore store = workspace.openExisting()) {
            trainee = new org.securebase.quiz.results.QuizResults(store).counted(quiz.id()).stream()
                    .filter(a -> a.report().passed()).findFirst().orElseThrow().header().traineeId();
        }
        IssueCertificates issuing = new IssueCertificates(workspace, clock);
        Path first = Files.write(dir.resolve("first.pdf"), issuing.issueTo(course, quiz.id(), trainee).orElseThrow());
        Path again = Files.write(dir.resolve("again.pdf"), issuing.issueTo(course, quiz.id(), trainee).orElseThrow());

        CertificateVerifier verifier = new CertificateVerifier(workspace.publishedKeys(null));
        CertificateCheck checkFirst = verifier.check(first);
        CertificateCheck checkAgain = verifier.check(again);
        assertTrue(checkFirst.valid(), checkFirst.detail());
        assertTrue(checkAgain.valid(), checkAgain.detail());
        assertEquals(new String(checkFirst.signedFields().orElseThrow().canonical(), StandardCharsets.UTF_8),
                new String(checkAgain.signedFields().orElseThrow().canonical(), StandardCharsets.UTF_8));
        assertEquals(1, recordedNumbers().size(), "asking again draws the certificate held, it issues no second one");
        assertEquals(TRAINEES - 1, issue(dir.resolve("certs")).count(), "the batch skips the trainee who holds one");
        assertTrue(issuing.issueTo(course, quiz.id(), "nobody-here").isEmpty(), "no attempt, no certificate");
    }

    private IssueCertificates.Issued issue(Path out) throws IOException {
        return new IssueCertificates(workspace, clock).issue(new IssueCertificates.Request(course, null, out, false,
                FontSet.bundled()), WorkDone.NONE);
    }

    private List<String> recordedNumbers() {
        try (ResultStore store = workspace.openExisting()) {
            return store.certificatesOf(COURSE).stream().map(c -> ((StandingCertificate) c).number()).sorted().toList();
        }
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().equals(CertificateBatch.COMBINED))
                    .sorted(Comparator.naturalOrder()).toList();
        }
    }

    private static List<String> pdfNumbers(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path p : pdfs(folder)) {
            out.add(p.getFileName().toString().substring(0, "AFW-2027-000001".length()));
        }
        return out;
    }
}
