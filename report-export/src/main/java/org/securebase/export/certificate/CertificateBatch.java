package org.securebase.export.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.securebase.export.typeset.ExportException;

/**
 * Issues the certificates of everyone who completed a course: one signed PDF per trainee,
 * named {@code <number>-<name>.pdf} safely, plus {@code all-certificates.pdf} for printing.
 *
 * @since 0.1
 */
public final class CertificateBatch {
    /** The file name of the combined PDF. */
    public static final String COMBINED = "all-certificates.pdf";

    private final Certificates certificates;

    /** @param certificates the issuer that signs and draws each certificate */
    public CertificateBatch(Certificates certificates) {
        this.certificates = certificates;
    }

    /**
     * Writes every certificate into a folder (created when missing).
     *
     * @param data one per trainee; certificate numbers must be distinct
     * @param folder where the PDFs go
     * @param progress told after each certificate
     * @throws ExportException when two certificates share a number or a file cannot be written
     */
    public BatchResult issue(List<CertificateData> data, Path folder, BatchProgress progress) {
        Set<String> numbers = new HashSet<>();
        for (CertificateData d : data) {
            if (!numbers.add(d.number())) {
                throw new ExportException("two certificates have the number " + d.number()
                        + ": give every trainee's certificate its own number");
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ExportException("cannot create the folder " + folder + ": " + e.getMessage(), e);
        }
        Set<String> taken = new HashSet<>();
        taken.add(COMBINED);
        List<IssuedCertificate> issued = new ArrayList<>();
        for (CertificateData d : data) {
            String name = FileNames.unique(d.number() + "-" + d.trainee().name(), "pdf", taken);
            IssuedCertificate one = certificates.issue(d, folder.resolve(name));
            issued.add(one);
            progress.issued(issued.size(), data.size(), one);
        }
        Path combined = folder.resolve(COMBINED);
        combine(issued, combined);
        return new BatchResult(issued, combined);
    }

    private static void combine(List<IssuedCertificate> issued, Path target) {
        if (issued.isEmpty()) {
            throw new ExportException("no certificates to combine: the batch is empty");
        }
        try (OutputStream out = Files.newOutputStream(target)) {
            Document document = new Document();
            PdfCopy copy = new PdfCopy(document, out);
            document.addTitle("Certificates of Completion (" + issued.size() + ")");
            document.addAuthor(issued.get(0).data().course().sponsor().name());
            document.addSubject("Certificates for printing: " + issued.get(0).data().course().title());
            document.addCreator("SecureBase");
            document.open();
            for (IssuedCertificate c : issued) {
                PdfReader reader = new PdfReader(Files.readAllBytes(c.file()));
                for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                    copy.addPage(copy.getImportedPage(reader, p));
                }
                copy.freeReader(reader);
                reader.close();
            }
            document.close();
        } catch (IOException | RuntimeException e) {
            throw new ExportException("cannot write the combined certificates " + target + ": " + e.getMessage(), e);
        }
    }
}
