package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;
import org.securebase.quiz.store.AttemptSource;

/** gradebook, certificates, report and verify against the store, on recorded results. */
class ExportCommandsTest {
    @TempDir
    Path dir;
    Path db;
    String quizId;

    @BeforeEach
    void recordACohort() {
        db = dir.resolve("results.db");
        quizId = ResultsFixtures.cohort(db, AttemptSource.IMPORT);
    }

    @Test
    void writesTheGradebookAndItsCsv() throws Exception {
        Path xlsx = dir.resolve("gradebook.xlsx");
        Path csv = dir.resolve("summary.csv");
        Cli.Run r = Cli.run("--db", db.toString(), "gradebook", "--out", xlsx.toString(), "--csv", csv.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("(4 trainees"), r.out());
        assertTrue(Files.size(xlsx) > 5000);
        String summary = Files.readString(csv);
        assertTrue(summary.startsWith("\uFEFF"), "UTF-8 with BOM for spreadsheet users");
        assertTrue(summary.contains("Σωκράτης Παπαδόπουλος"), summary);
        Cli.Run again = Cli.run("--db", db.toString(), "gradebook", "--out", xlsx.toString());
        assertEquals(ExitCodes.INPUT, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void issuesCertificatesToThoseWhoPassedOnceAndLetsAnyoneLookThemUp() throws Exception {
        Path out = dir.resolve("certs");
        Cli.Run r = Cli.run("--db", db.toString(), "certificates", "--course", ResultsFixtures.COURSE, "--out", out.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("issued 3 certificates"), r.out());
        try (Stream<Path> pdfs = Files.list(out)) {
            assertEquals(4, pdfs.filter(p -> p.toString().endsWith(".pdf")).count(), "three trainees and the combined file");
        }
        Path anna;
        try (Stream<Path> pdfs = Files.list(out)) {
            anna = pdfs.filter(p -> p.getFileName().toString().contains("Анна")).findFirst().orElseThrow();
        }
        Cli.Run offline = Cli.run("--db", db.toString(), "verify", anna.toString());
        assertEquals(0, offline.code(), offline.all());
        Matcher m = Pattern.compile("(AFW-\\d{4}-\\d{6})").matcher(anna.getFileName().toString());
        assertTrue(m.find(), anna.toString());
        String number = m.group(1);
        Cli.Run gradebook = Cli.run("--db", db.toString(), "gradebook", "--out", dir.resolve("g.xlsx").toString(),
                "--csv", dir.resolve("g.csv").toString());
        assertEquals(0, gradebook.code(), gradebook.all());
        assertTrue(Files.readString(dir.resolve("g.csv")).contains(number), "the gradebook names the certificate");
        Cli.Run second = Cli.run("--db", db.toString(), "certificates", "--course", ResultsFixtures.COURSE, "--out",
                dir.resolve("again").toString());
        assertEquals(0, second.code(), second.all());
        assertTrue(second.out().startsWith("no new certificates"), second.out());
    }

    @Test
    void looksUpACertificateByNumberAndCode() throws Exception {
        var issued = issueAndTakeTheFirst();
        String number = issued.number();
        String code = issued.lookupCode();
        Cli.Run found = Cli.run("--db", db.toString(), "verify", number, code.toLowerCase(java.util.Locale.ROOT));
        assertEquals(0, found.code(), found.all());
        assertTrue(found.out().startsWith("FOUND"), found.out());
        Cli.Run wrong = Cli.run("--db", db.toString(), "verify", number, "22222-22222");
        assertEquals(ExitCodes.INPUT, wrong.code(), wrong.all());
    }

    @Test
    void aRevokedCertificateIsReportedRevokedByTheLookUpAndCannotBeRevokedTwice() throws Exception {
        var issued = issueAndTakeTheFirst();
        String number = issued.number();
        String code = issued.lookupCode();
        Cli.Run revoke = Cli.run("--db", db.toString(), "certificates", "revoke", number, "--reason", "issued in error");
        assertEquals(0, revoke.code(), revoke.all());
        assertTrue(revoke.out().startsWith("revoked certificate " + number), revoke.out());
        Cli.Run found = Cli.run("--db", db.toString(), "verify", number, code);
        assertEquals(ExitCodes.INPUT, found.code(), found.all());
        assertTrue(found.out().startsWith("REVOKED on "), found.out());
        assertTrue(found.out().contains("issued in error"), found.out());
        Cli.Run again = Cli.run("--db", db.toString(), "certificates", "revoke", number, "--reason", "twice");
        assertEquals(ExitCodes.INPUT, again.code(), again.all());
        assertTrue(again.err().contains("already revoked"), again.err());
        Cli.Run unknown = Cli.run("--db", db.toString(), "certificates", "revoke", "AFW-2027-999999", "--reason", "x");
        assertEquals(ExitCodes.INPUT, unknown.code(), unknown.all());
        assertTrue(unknown.err().contains("unknown certificate AFW-2027-999999"), unknown.err());
    }

    @Test
    void gradebookOutputsSucceedOrFailTogether() throws Exception {
        Path xlsx = dir.resolve("g.xlsx");
        Path folder = Files.createDirectories(dir.resolve("existing"));
        Cli.Run r = Cli.run("--db", db.toString(), "gradebook", "--out", xlsx.toString(), "--csv", folder.toString(),
                "--force");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("is a folder"), r.err());
        assertFalse(Files.exists(xlsx), "the workbook is not written when the CSV cannot be");
    }

    @Test
    void writesATraineesScoreReportAndRefusesAnUnknownTrainee() throws Exception {
        Path pdf = dir.resolve("ana.pdf");
        Cli.Run r = Cli.run("--db", db.toString(), "report", "--trainee", "t-ana", "--out", pdf.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Ana Lucía Pérez"), r.out());
        assertTrue(r.out().contains("passed"), r.out());
        assertTrue(Files.size(pdf) > 1000);
        Cli.Run unknown = Cli.run("--db", db.toString(), "report", "--trainee", "t-nobody", "--out", dir.resolve("x.pdf").toString());
        assertEquals(ExitCodes.INPUT, unknown.code(), unknown.all());
        assertTrue(unknown.err().contains("no trainee 't-nobody'"), unknown.err());
    }

    @Test
    void writesAGradebookForASingleTrainee() throws Exception {
        Path one = dir.resolve("one.db");
        ResultsFixtures.cohort(one, AttemptSource.IMPORT, 1);
        Path xlsx = dir.resolve("one.xlsx");
        Cli.Run r = Cli.run("--db", one.toString(), "gradebook", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("(1 trainees"), r.out());
    }

    @Test
    void refusesACourseTheLibraryDoesNotHave() {
        Cli.Run r = Cli.run("--db", db.toString(), "certificates", "--course", "no-such-course", "--out", dir.resolve("c").toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("no course 'no-such-course'"), r.err());
    }

    /** Issues the course's certificates and returns the first as the store records it. */
    private org.securebase.quiz.store.StandingCertificate issueAndTakeTheFirst() {
        Cli.run("--db", db.toString(), "certificates", "--course", ResultsFixtures.COURSE, "--out", dir.resolve("c").toString());
        try (var store = org.securebase.quiz.store.ResultStore.open(db)) {
            return (org.securebase.quiz.store.StandingCertificate) store.certificatesOf(ResultsFixtures.COURSE).get(0);
        }
    }
}
