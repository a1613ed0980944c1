package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.ResultStore;

/** verify FILE with and without revocation: the signed list from 'keys revocations', and --db. */
class RevocationCommandsTest {
    @TempDir
    Path dir;
    Path db;
    Path pem;
    Path revoked;
    Path kept;

    @BeforeEach
    void issueAndRevokeOne() throws Exception {
        db = dir.resolve("results.db");
        ResultsFixtures.cohort(db, AttemptSource.IMPORT);
        Path out = dir.resolve("certs");
        Cli.Run issued = Cli.run("--db", db.toString(), "certificates", "--course", ResultsFixtures.COURSE, "--out",
                out.toString());
        assertEquals(0, issued.code(), issued.all());
        String number;
        try (ResultStore store = ResultStore.open(db)) {
            number = store.certificatesOf(ResultsFixtures.COURSE).get(0).number();
            store.revokeCertificate(number, "issued in error", Instant.parse("2027-05-01T09:00:00Z"));
        }
        try (Stream<Path> pdfs = Files.list(out)) {
            var all = pdfs.filter(p -> !p.getFileName().toString().equals("all-certificates.pdf")).sorted().toList();
            revoked = all.stream().filter(p -> p.getFileName().toString().startsWith(number)).findFirst().orElseThrow();
            kept = all.stream().filter(p -> !p.equals(revoked)).findFirst().orElseThrow();
        }
        pem = dir.resolve("sponsor-key.pem");
        assertEquals(0, Cli.run("--db", db.toString(), "keys", "export", "--out", pem.toString()).code());
    }

    @Test
    void offlineWithoutAListItSaysPlainlyThatRevocationWasNotChecked() {
        Cli.Run r = Cli.run("verify", revoked.toString(), "--public-key", pem.toString());
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("Revocation was NOT checked"), r.out());
    }

    @Test
    void aRevokedCertificateFailsWithTheSignedRevocationList() {
        Path list = dir.resolve("revoked.txt");
        Cli.Run written = Cli.run("--db", db.toString(), "keys", "revocations", "--out", list.toString());
        assertEquals(0, written.code(), written.all());
        assertTrue(written.out().contains("1 revoked"), written.out());
        Cli.Run r = Cli.run("verify", revoked.toString(), "--public-key", pem.toString(), "--revocations", list.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.out().startsWith("NOT VALID (revoked)"), r.out());
        assertTrue(r.out().contains("issued in error"), r.out());
        Cli.Run other = Cli.run("verify", kept.toString(), "--public-key", pem.toString(), "--revocations", list.toString());
        assertEquals(0, other.code(), other.all());
        assertTrue(other.out().contains("Not revoked: according to the revocation list"), other.out());
    }

    @Test
    void aRevokedCertificateFailsAgainstTheStore() {
        Cli.Run r = Cli.run("--db", db.toString(), "verify", revoked.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.out().startsWith("NOT VALID (revoked)"), r.out());
        Cli.Run other = Cli.run("--db", db.toString(), "verify", kept.toString());
        assertEquals(0, other.code(), other.all());
        assertTrue(other.out().contains("Not revoked: according to the store"), other.out());
    }

    @Test
    void anAlteredRevocationListIsRefused() throws Exception {
        Path list = dir.resolve("revoked.txt");
        Cli.run("--db", db.toString(), "keys", "revocations", "--out", list.toString());
        Files.writeString(list, Files.readString(list).replace("issued in error", "issued in errot"));
        Cli.Run r = Cli.run("verify", revoked.toString(), "--public-key", pem.toString(), "--revocations", list.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("was altered"), r.err());
    }
}
