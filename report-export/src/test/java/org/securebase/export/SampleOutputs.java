package org.securebase.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.securebase.export.certificate.BatchProgress;
import org.securebase.export.certificate.CertificateBatch;
import org.securebase.export.certificate.CertificateData;
import org.securebase.export.certificate.Certificates;
import org.securebase.export.certificate.Trainee;
import org.securebase.export.gradebook.GradebookFixtures;
import org.securebase.export.gradebook.GradebookWriter;
import org.securebase.export.gradebook.SummaryCsv;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.verification.SigningKey;

/**
 * Writes one sample of every export kind into a folder for CI to check with the shared PDF and
 * XLSX checks, with {@code expected-names.txt} listing the names each PDF must show.
 * Run by {@code SampleOutputsTest} into {@code report-export/target/export-samples}.
 */
public final class SampleOutputs {
    private SampleOutputs() {
    }

    /** @param args the output folder */
    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "report-export/target/export-samples"));
    }

    /** Writes the samples and returns the files written. */
    public static List<Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        List<Trainee> trainees = ExportFixtures.anyTrainees();
        Files.write(folder.resolve("expected-names.txt"),
                trainees.stream().map(Trainee::name).toList(), StandardCharsets.UTF_8);
        written.add(folder.resolve("expected-names.txt"));

        SigningKey key = SigningKey.createOrLoad(folder.resolve("keys"));
        Certificates certificates = new Certificates(FontSet.bundled(), key, java.time.Clock.systemUTC());
        List<CertificateData> data = new ArrayList<>();
        int n = 1;
        for (Trainee t : trainees) {
            data.add(ExportFixtures.anyCertificate(t, String.format("RCTI-2027-%06d", n++), true));
        }
        var batch = new CertificateBatch(certificates).issue(data, folder.resolve("certificates"), BatchProgress.none());
        written.add(batch.combined());
        batch.issued().forEach(c -> written.add(c.file()));

        Path xlsx = folder.resolve("gradebook.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            new GradebookWriter(java.time.Clock.systemUTC())
                    .write(GradebookFixtures.anyGradebook(GradebookFixtures.anyRows()), out);
        }
        written.add(xlsx);
        Path csv = folder.resolve("gradebook-summary.csv");
        try (OutputStream out = Files.newOutputStream(csv)) {
            SummaryCsv.write(GradebookFixtures.anyRows(), out);
        }
        written.add(csv);
        Path report = folder.resolve("score-report.pdf");
        try (OutputStream out = Files.newOutputStream(report)) {
            new org.securebase.export.report.ScoreReports(FontSet.bundled(), java.time.Clock.systemUTC())
                    .write(org.securebase.export.report.ReportFixtures.anyReport(), out);
        }
        written.add(report);
        Files.writeString(folder.resolve("score-report-expected.txt"),
                org.securebase.export.report.ReportFixtures.anyReport().traineeName() + "\n", StandardCharsets.UTF_8);
        var handouts = new org.securebase.export.handout.Handouts(FontSet.bundled(), java.time.Clock.systemUTC());
        Path handout = folder.resolve("handout-variant-B.pdf");
        Path answerKey = folder.resolve("answer-key-variant-B.pdf");
        try (OutputStream out = Files.newOutputStream(handout)) {
            handouts.writeHandout(org.securebase.export.handout.HandoutFixtures.variantB(), out);
        }
        try (OutputStream out = Files.newOutputStream(answerKey)) {
            handouts.writeAnswerKey(org.securebase.export.handout.HandoutFixtures.variantB(), out);
        }
        written.add(handout);
        written.add(answerKey);
        Files.writeString(folder.resolve("handout-expected.txt"), "Μαρία Ελευθερίου\nИван Петров\nVariant B\n",
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("answer-key-expected.txt"), "Answer key\nVariant B\nΜαρία's pursuit\n",
                StandardCharsets.UTF_8);
        return written;
    }
}
