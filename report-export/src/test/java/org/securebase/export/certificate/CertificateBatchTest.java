package org.securebase.export.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.export.ExportFixtures;
import org.securebase.export.Pdfs;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.verification.SigningKey;

class CertificateBatchTest {
    static final SigningKey KEY = SigningKey.generate();
    final CertificateBatch batch = new CertificateBatch(new Certificates(FontSet.bundled(), KEY, CertificatesTest.CLOCK));

    @TempDir
    Path dir;

    List<CertificateData> anyBatch() {
        List<CertificateData> data = new ArrayList<>();
        int n = 1;
        for (Trainee t : ExportFixtures.anyTrainees()) {
            data.add(ExportFixtures.anyCertificate(t, "RCTI/2027/" + n++, false));
        }
        return data;
    }

    @Test
    void writesOneSignedPdfPerTraineeAndReportsProgress() {
        List<String> progress = new ArrayList<>();
        BatchResult result = batch.issue(anyBatch(), dir.resolve("out"),
                (done, total, c) -> progress.add(done + "/" + total + " " + c.number()));
        assertEquals(List.of("1/4 RCTI/2027/1", "2/4 RCTI/2027/2", "3/4 RCTI/2027/3", "4/4 RCTI/2027/4"), progress);
        assertEquals(4, result.issued().size());
        CertificateVerifier verifier = new CertificateVerifier(KEY.verifyingKey());
        for (IssuedCertificate c : result.issued()) {
            assertEquals(dir.resolve("out"), c.file().getParent());
            assertTrue(verifier.check(c.file()).valid(), c.file().toString());
            assertTrue(c.code().matches("[0-9A-Z]{5}-[0-9A-Z]{5}"));
        }
    }

    @Test
    void namesFilesWithoutPathSeparatorsAndFoldsLatinAccents() {
        BatchResult result = batch.issue(anyBatch(), dir, BatchProgress.none());
        List<String> names = result.issued().stream().map(c -> c.file().getFileName().toString()).toList();
        assertEquals(List.of("RCTI-2027-1-Zoe-Ffion-Ostergaard-Lefevre.pdf", "RCTI-2027-2-Σωκρατης-Παπαδοπουλος.pdf",
                "RCTI-2027-3-Анна-Сергеевна-Кузнецова.pdf", "RCTI-2027-4-Maelys-Chateau-Ruiz.pdf"), names);
    }

    @Test
    void combinesEveryCertificateIntoOnePrintFile() throws Exception {
        BatchResult result = batch.issue(anyBatch(), dir, BatchProgress.none());
        assertEquals(4, Pdfs.pages(result.combined()));
        String text = Pdfs.text(result.combined());
        for (Trainee t : ExportFixtures.anyTrainees()) {
            assertTrue(text.contains(t.name()), t.name());
        }
    }

    @Test
    void refusesTwoCertificatesWithOneNumber() {
        List<CertificateData> data = List.of(ExportFixtures.anyCertificate(), ExportFixtures.anyCertificate());
        ExportException e = assertThrows(ExportException.class, () -> batch.issue(data, dir, BatchProgress.none()));
        assertTrue(e.getMessage().contains("RCTI-2027-000123"));
        assertTrue(Files.notExists(dir.resolve(CertificateBatch.COMBINED)));
    }

    @Test
    void refusesTheWholeBatchNamingEveryUnprintableNameAndWritesNothing() throws Exception {
        List<CertificateData> data = new java.util.ArrayList<>(anyBatch());
        CertificateData first = data.get(0);
        data.add(new CertificateData(first.course(), new Trainee("t-emoji", "Ana \uD83D\uDE00 Ruiz", null, null),
                first.completed(), "RCTI-2027-999999", first.score(), false));
        Path out = dir.resolve("refused");
        ExportException e = assertThrows(ExportException.class, () -> batch.issue(data, out, BatchProgress.none()));
        assertTrue(e.getMessage().contains("RCTI-2027-999999 (t-emoji)") && e.getMessage().contains("U+1F600"),
                e.getMessage());
        assertFalse(Files.exists(out), "nothing was written");
    }

    @Test
    void issuesOnSeveralWorkersInTheOrderGivenAndEveryCertificateVerifies() throws Exception {
        List<CertificateData> data = anyBatch();
        BatchResult result = new CertificateBatch(new Certificates(FontSet.bundled(), KEY, CertificatesTest.CLOCK), 3)
                .issue(data, dir.resolve("parallel"), BatchProgress.none());
        CertificateVerifier verifier = new CertificateVerifier(KEY.verifyingKey());
        for (int i = 0; i < data.size(); i++) {
            assertEquals(data.get(i).number(), result.issued().get(i).number());
            CertificateCheck check = verifier.check(result.issued().get(i).file());
            assertTrue(check.valid(), check.detail());
        }
        assertEquals(data.size(), Pdfs.pages(result.combined()));
    }

    @Test
    void aBatchLongerThanItsWindowOfCertificatesInFlightFinishes() {
        List<CertificateData> data = new ArrayList<>();
        CertificateData first = anyBatch().get(0);
        for (int i = 0; i < 9; i++) {
            data.add(new CertificateData(first.course(), first.trainee(), first.completed(), "RCTI-2027-90000" + i,
                    first.score(), false));
        }
        BatchResult result = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
                () -> new CertificateBatch(new Certificates(FontSet.bundled(), KEY, CertificatesTest.CLOCK), 1)
                        .issue(data, dir.resolve("long"), BatchProgress.none()));
        assertEquals(9, result.issued().size());
    }
}
