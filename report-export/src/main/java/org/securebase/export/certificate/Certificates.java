package org.securebase.export.certificate;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import org.securebase.export.typeset.Canvas;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.typeset.Metadata;
import org.securebase.export.verification.Seal;
import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.SigningKey;
import org.securebase.model.course.Paper;

/**
 * Issues signed certificates: signs a certificate's fields, draws the landscape page (letter or
 * A4, as the course says) and embeds the signed fields and seal in the PDF's document
 * information so the file can be checked offline with the public key alone.
 *
 * @since 0.1
 */
public final class Certificates {
    /** Document-information key holding the canonical signed fields, base64. */
    public static final String FIELDS_KEY = "SecureBaseFields";
    /** Document-information key holding the verification string (key id and signature). */
    public static final String SEAL_KEY = "SecureBaseSeal";

    private final FontSet fonts;
    private final SigningKey key;
    private final Clock clock;

    /**
     * @param fonts the embedded fonts ({@link FontSet#bundled()} for DejaVu)
     * @param key the sponsor's signing key
     * @param clock the clock that dates the PDF
     */
    public Certificates(FontSet fonts, SigningKey key, Clock clock) {
        this.fonts = fonts;
        this.key = key;
        this.clock = clock;
    }

    /**
     * Signs and writes one certificate PDF to a file.
     *
     * @throws ExportException when the file cannot be written
     */
    public IssuedCertificate issue(CertificateData data, Path file) {
        byte[] pdf;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        IssuedCertificate issued = issue(data, buffer);
        pdf = buffer.toByteArray();
        try {
            Files.write(file, pdf);
        } catch (IOException e) {
            throw new ExportException("cannot write the certificate " + file + ": " + e.getMessage(), e);
        }
        return new IssuedCertificate(issued.data(), issued.fields(), issued.seal(), file);
    }

    /**
     * Signs and writes one certificate PDF to a stream (left open).
     *
     * @throws ExportException when the PDF cannot be produced
     */
    public IssuedCertificate issue(CertificateData data, OutputStream out) {
        SignedFields fields = CertificateFields.of(data);
        Seal seal = Seal.sign(key, fields);
        Rectangle page = data.course().certificate().paper() == Paper.A4 ? PageSize.A4.rotate() : PageSize.LETTER.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            new Metadata("Certificate of Completion: " + data.course().title(), data.course().sponsor().name(),
                    "Continuing-education certificate " + data.number() + " for " + data.trainee().name(),
                    "certificate, continuing education, " + data.course().credits().kind(), clock.instant())
                    .applyTo(document, writer);
            document.addHeader(FIELDS_KEY, Base64.getEncoder().encodeToString(fields.canonical()));
            document.addHeader(SEAL_KEY, seal.verificationString());
            document.open();
            CertificateDesign.draw(new Canvas(writer.getDirectContent(), fonts), page, data, seal.code(),
                    seal.verificationString());
            document.close();
        } catch (RuntimeException e) {
            if (e instanceof ExportException ee) {
                throw ee;
            }
            throw new ExportException("cannot produce the certificate " + data.number() + " for " + data.trainee().name()
                    + ": " + e.getMessage(), e);
        }
        return new IssuedCertificate(data, fields, seal, null);
    }
}
