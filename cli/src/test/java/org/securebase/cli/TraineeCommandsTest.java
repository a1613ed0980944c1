package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;
import org.securebase.quiz.json.Json;
import org.securebase.quiz.json.JsonText;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.Certificate;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.TestPostgres;

/** trainee export, erase and purge: their files, messages and exit codes, and verify after an erasure. */
class TraineeCommandsTest {
    @TempDir
    Path dir;
    Path db;
    String quiz;
    Certificate certificate;
    Path certificatePdf;
    Path pem;

    @BeforeEach
    void issueCertificates() throws Exception {
        db = dir.resolve("results.db");
        quiz = ResultsFixtures.cohort(db, AttemptSource.IMPORT);
        Path out = dir.resolve("certs");
        Cli.Run issued = Cli.run("--db", db.toString(), "certificates", "--course", ResultsFixtures.COURSE, "--out",
                out.toString());
        assertEquals(0, issued.code(), issued.all());
        try (ResultStore store = ResultStore.open(db)) {
            certificate = store.certificatesOf(ResultsFixtures.COURSE).stream()
                    .filter(c -> c.traineeId().equals("t-ana")).findFirst().orElseThrow();
        }
        try (Stream<Path> pdfs = Files.list(out)) {
            certificatePdf = pdfs.filter(p -> p.getFileName().toString().startsWith(certificate.number())).findFirst()
                    .orElseThrow();
        }
        pem = dir.resolve("sponsor-key.pem");
        assertEquals(0, Cli.run("--db", db.toString(), "keys", "export", "--out", pem.toString()).code());
    }

    @Test
    void exportWritesTheJsonTheScoreReportAndTheCertificateThatStillVerifies() throws Exception {
        Path folder = dir.resolve("ana");
        Cli.Run r = Cli.run("--db", db.toString(), "trainee", "export", "t-ana", "--out", folder.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("1 attempt(s), 1 certificate(s)"), r.out());
        Json.Obj json = (Json.Obj) JsonText.parse(Files.readString(folder.resolve("trainee.json"), StandardCharsets.UTF_8));
        assertEquals("securebase-trainee-export", json.str("format"));
        assertEquals("Ana Lucía Pérez", json.obj("trainee").str("name"));
        assertEquals("LMFT 1001", json.obj("trainee").str("licenceNumber"));
        Json.Obj attempt = (Json.Obj) json.arr("attempts").get(0);
        assertEquals(quiz, attempt.str("quizId"));
        assertFalse(attempt.arr("responses").isEmpty());
        assertEquals(certificate.number(), ((Json.Obj) json.arr("certificates").get(0)).str("number"));
        assertEquals(certificate.fields(), ((Json.Obj) json.arr("certificates").get(0)).str("signedFields"));
        assertTrue(Files.isRegularFile(folder.resolve("report-" + quiz + ".pdf")));
        Path redrawn = folder.resolve("certificate-" + certificate.number() + ".pdf");
        Cli.Run verified = Cli.run("verify", redrawn.toString(), "--public-key", pem.toString());
        assertEquals(0, verified.code(), verified.all());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
    }

    @Test
    void exportOnAMachineWithoutTheSealingKeyDrawsNoCertificateAndMakesNoKey() throws Exception {
        Path copy = dir.resolve("elsewhere").resolve("results.db");
        Files.createDirectories(copy.getParent());
        Files.copy(db, copy);
        Path keys = copy.resolveSibling("results-keys");
        Cli.Run without = Cli.run("--db", copy.toString(), "trainee", "export", "t-ana", "--out", dir.resolve("a").toString());
        assertEquals(0, without.code(), without.all());
        assertTrue(without.all().contains("certificate " + certificate.number() + ": this machine holds no signing key"),
                without.all());
        assertFalse(Files.exists(dir.resolve("a").resolve("certificate-" + certificate.number() + ".pdf")));
        assertFalse(Files.exists(keys), "the export made a signing key of its own");

        assertEquals(0, Cli.run("--db", copy.toString(), "keys", "export", "--out", dir.resolve("other.pem").toString())
                .code());
        assertTrue(Files.isDirectory(keys));
        Cli.Run other = Cli.run("--db", copy.toString(), "trainee", "export", "t-ana", "--out", dir.resolve("b").toString());
        assertEquals(0, other.code(), other.all());
        assertTrue(other.all().contains("was sealed by key "), other.all());
        assertFalse(Files.exists(dir.resolve("b").resolve("certificate-" + certificate.number() + ".pdf")));
    }

    @Test
    void exportingAnUnknownTraineeSaysSoAndWritesNothing() {
        Cli.Run r = Cli.run("--db", db.toString(), "trainee", "export", "nobody", "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("no trainee 'nobody'"), r.all());
        assertFalse(r.err().contains("Exception"), r.all());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void erasingKeepsTheItemStatisticsAndVerifySaysTheRecordWasErasedWhileThePdfStillVerifies() {
        Cli.Run before = Cli.run("--db", db.toString(), "stats", quiz);
        assertEquals(0, before.code(), before.all());
        Cli.Run erased = Cli.run("--db", db.toString(), "trainee", "erase", "t-ana", "--reason", "request 2027-05-02",
                "--yes");
        assertEquals(0, erased.code(), erased.all());
        assertTrue(erased.out().contains("1 attempt(s) and 1 certificate(s) now name erased-"), erased.out());
        Cli.Run after = Cli.run("--db", db.toString(), "stats", quiz);
        assertEquals(before.out(), after.out(), after.all());

        Cli.Run lookup = Cli.run("--db", db.toString(), "verify", certificate.number(), certificate.lookupCode());
        assertEquals(ExitCodes.INPUT, lookup.code(), lookup.all());
        assertTrue(lookup.out().startsWith("ERASED: certificate " + certificate.number()), lookup.out());
        assertTrue(lookup.out().contains("erased at the trainee's request"), lookup.out());
        assertFalse(lookup.out().contains("Ana"), lookup.out());
        Cli.Run offline = Cli.run("verify", certificatePdf.toString(), "--public-key", pem.toString());
        assertEquals(0, offline.code(), offline.all());

        Cli.Run gone = Cli.run("--db", db.toString(), "trainee", "export", "t-ana", "--out", dir.resolve("x").toString());
        assertEquals(ExitCodes.INPUT, gone.code(), gone.all());
    }

    @Test
    void erasingAsksFirstAndAnythingButYesErasesNothing() {
        Cli.Run declined = Cli.runWithInput("no\n", "--db", db.toString(), "trainee", "erase", "t-soc", "--reason", "asked");
        assertEquals(ExitCodes.INPUT, declined.code(), declined.all());
        assertTrue(declined.out().contains("nothing was erased"), declined.out());
        Cli.Run confirmed = Cli.runWithInput("yes\n", "--db", db.toString(), "trainee", "erase", "t-soc", "--reason",
                "asked");
        assertEquals(0, confirmed.code(), confirmed.all());
        assertTrue(confirmed.out().contains("erased trainee t-soc"), confirmed.out());
    }

    @Test
    void erasingAnUnknownTraineeIsAOneLineMessageAndExitOne() {
        Cli.Run r = Cli.run("--db", db.toString(), "trainee", "erase", "nobody", "--reason", "asked", "--yes");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("unknown trainee 'nobody'"), r.all());
        assertEquals(1, r.err().strip().lines().count(), r.all());
    }

    @Test
    void onPostgresqlExportErasureAndVerifyBehaveAsOnTheFile() throws Exception {
        String server = TestPostgres.shared().freshDatabase().describe();
        Cli.Run copied = Cli.run("db", "copy", "--from", db.toString(), "--to", server);
        assertEquals(0, copied.code(), copied.all());
        Path folder = dir.resolve("olu");
        Cli.Run exported = Cli.run("--db", server, "trainee", "export", "t-olu", "--out", folder.toString());
        assertEquals(0, exported.code(), exported.all());
        Json.Obj json = (Json.Obj) JsonText.parse(Files.readString(folder.resolve("trainee.json"), StandardCharsets.UTF_8));
        assertEquals("Olu Adeyemi", json.obj("trainee").str("name"));
        assertTrue(Files.isRegularFile(folder.resolve("report-" + quiz + ".pdf")));

        Cli.Run before = Cli.run("--db", server, "stats", quiz);
        Cli.Run erased = Cli.run("--db", server, "trainee", "erase", "t-ana", "--reason", "request", "--yes");
        assertEquals(0, erased.code(), erased.all());
        assertEquals(before.out(), Cli.run("--db", server, "stats", quiz).out());
        Cli.Run lookup = Cli.run("--db", server, "verify", certificate.number(), certificate.lookupCode());
        assertEquals(ExitCodes.INPUT, lookup.code(), lookup.all());
        assertTrue(lookup.out().startsWith("ERASED: certificate " + certificate.number()), lookup.out());
        Cli.Run unknown = Cli.run("--db", server, "trainee", "erase", "t-ana", "--reason", "request", "--yes");
        assertEquals(ExitCodes.INPUT, unknown.code(), unknown.all());
        assertTrue(unknown.err().contains("unknown trainee 't-ana'"), unknown.all());
    }

    @Test
    void purgeListsFirstAndErasesOnlyWhenConfirmed() {
        Cli.Run none = Cli.run("--db", db.toString(), "trainee", "purge", "--inactive-since", "2027-01-01", "--yes");
        assertEquals(0, none.code(), none.all());
        assertTrue(none.out().contains("nothing to erase"), none.out());
        Cli.Run dry = Cli.run("--db", db.toString(), "trainee", "purge", "--inactive-since", "2028-01-01", "--dry-run");
        assertEquals(0, dry.code(), dry.all());
        assertTrue(dry.out().contains("4 trainee(s) inactive since 2028-01-01"), dry.out());
        assertTrue(dry.out().contains("dry run: nothing was erased"), dry.out());
        Cli.Run declined = Cli.run("--db", db.toString(), "trainee", "purge", "--inactive-since", "2028-01-01");
        assertEquals(ExitCodes.INPUT, declined.code(), declined.all());
        Cli.Run purged = Cli.run("--db", db.toString(), "trainee", "purge", "--inactive-since", "2028-01-01", "--yes");
        assertEquals(0, purged.code(), purged.all());
        assertTrue(purged.out().contains("erased 4 trainee(s)"), purged.out());
        Cli.Run bad = Cli.run("--db", db.toString(), "trainee", "purge", "--inactive-since", "last year");
        assertEquals(ExitCodes.INPUT, bad.code(), bad.all());
        assertTrue(bad.err().contains("YYYY-MM-DD"), bad.all());
    }
}
