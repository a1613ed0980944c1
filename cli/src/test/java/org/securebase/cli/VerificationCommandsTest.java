package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;
import org.securebase.usecase.Workspace;
import org.securebase.export.certificate.CertificateData;
import org.securebase.export.certificate.Certificates;
import org.securebase.export.certificate.Score;
import org.securebase.export.certificate.Trainee;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.course.CertificateSettings;
import org.securebase.model.course.Course;
import org.securebase.model.course.Credits;
import org.securebase.model.course.Instructor;
import org.securebase.model.course.Paper;
import org.securebase.model.course.ProgramDates;
import org.securebase.model.course.Sponsor;

/** keys export, verify and db, through picocli. */
class VerificationCommandsTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("results.db");
    }

    private Path issue(String name) throws Exception {
        Course course = new Course("c", "q", "Foundations of EFT", new Sponsor("Harborlight Institute (fictional)", null, null),
                new Credits(new BigDecimal("6.0"), "CE"), "Sample approval (fictional).", new Instructor("Dr. Lina Marsh", "PhD"),
                new ProgramDates(LocalDate.of(2027, 4, 17), LocalDate.of(2027, 4, 17)), "Online", "Live online",
                new CertificateSettings(Paper.LETTER, false));
        Certificates certificates = new Certificates(FontSet.bundled(), new Workspace(db()).signingKey(),
                Clock.fixed(Instant.parse("2027-04-17T18:00:00Z"), ZoneOffset.UTC));
        Path pdf = dir.resolve(name + ".pdf");
        certificates.issue(new CertificateData(course, new Trainee("t1", name, null, null), LocalDate.of(2027, 4, 17),
                "HL-2027-000001", new Score(new BigDecimal("9"), new BigDecimal("10")), false), pdf);
        return pdf;
    }

    @Test
    void exportsThePublicKeyAndKeepsThePrivateOneOwnerOnly() throws Exception {
        Path pem = dir.resolve("sponsor.pem");
        Cli.Run r = Cli.run("--db", db().toString(), "keys", "export", "--out", pem.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(Files.readString(pem).startsWith("-----BEGIN PUBLIC KEY-----"));
        Path privateKey = dir.resolve("results-keys").resolve(org.securebase.export.verification.SigningKey.PRIVATE_FILE);
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(privateKey));
    }

    @Test
    void acceptsAGenuineCertificateOfflineWithThePublishedKey() throws Exception {
        Path pdf = issue("Σωκράτης Παπαδόπουλος");
        Path pem = dir.resolve("sponsor.pem");
        Cli.run("--db", db().toString(), "keys", "export", "--out", pem.toString());
        Cli.Run r = Cli.run("verify", pdf.toString(), "--public-key", pem.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().startsWith("VALID"), r.out());
        assertTrue(r.out().contains("Σωκράτης Παπαδόπουλος"), r.out());
    }

    @Test
    void rejectsACertificateCheckedAgainstAnotherSponsorsKey() throws Exception {
        Path pdf = issue("Anna Kuznetsova");
        Path otherKey = dir.resolve("other.pem");
        Files.writeString(otherKey, org.securebase.export.verification.SigningKey.generate().verifyingKey().toPem());
        Cli.Run r = Cli.run("--db", db().toString(), "verify", pdf.toString(), "--public-key", otherKey.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.out().startsWith("NOT VALID (wrong key)"), r.out());
    }

    @Test
    void rejectsADamagedFile() throws Exception {
        Path pdf = issue("Olu Adeyemi");
        byte[] bytes = Files.readAllBytes(pdf);
        Path cut = dir.resolve("cut.pdf");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Cli.Run r = Cli.run("--db", db().toString(), "verify", cut.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.out().startsWith("NOT VALID"), r.out());
    }

    @Test
    void saysWhichFileIsMissing() {
        Cli.Run r = Cli.run("--db", db().toString(), "verify", dir.resolve("nothing.pdf").toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void backsUpAndChecksTheDatabase() {
        Cli.run("--db", db().toString(), "keys", "export");
        try (var store = new Workspace(db()).open()) {
            store.saveTrainee(org.securebase.quiz.store.RegisteredTrainee.of("t1", "Ana"));
        }
        Cli.Run check = Cli.run("--db", db().toString(), "db", "check");
        assertEquals(0, check.code(), check.all());
        assertEquals("ok", check.out().strip());
        Path copy = dir.resolve("backup.db");
        Cli.Run backup = Cli.run("--db", db().toString(), "db", "backup", copy.toString());
        assertEquals(0, backup.code(), backup.all());
        try (var restored = new Workspace(copy).openExisting()) {
            assertEquals("Ana", restored.trainee("t1").orElseThrow().name());
        }
        Cli.Run again = Cli.run("--db", db().toString(), "db", "backup", copy.toString());
        assertEquals(ExitCodes.INPUT, again.code());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void refusesToLookUpInADatabaseThatDoesNotExist() {
        Cli.Run r = Cli.run("--db", dir.resolve("none.db").toString(), "verify", "HL-1", "ABCDE-FGHJK");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("no database at"), r.err());
    }
}
