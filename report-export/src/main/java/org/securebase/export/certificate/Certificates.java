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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.securebase.export.typeset.Canvas;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.typeset.Metadata;
import org.securebase.export.verification.Seal;
import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.SigningKey;
import org.securebase.model.course.Paper;

/**
 * Issues signed certificates: seals a certificate's fields, draws the landscape page (letter or
 * A4, as the course says) from the signed fields alone, embeds the fields and seal in the
 * document information, and signs the whole file with a PAdES signature, so the file can be
 * checked offline with the published key and any edit to it shows. A certificate whose printed
 * text has a character the fonts cannot draw (or a control or bidi character) is refused
 * before anything is signed, naming the field and the characters.
 *
 * @since 0.1
 */
public final class Certificates {
    /** Document-information key holding the canonical signed fields, base64. */
    public static final String FIELDS_KEY = "SecureBaseFields";
    /** Document-information key holding the verification string (key id and seal). */
    public static final String SEAL_KEY = "SecureBaseSeal";

    private final FontSet fonts;
    private final SigningKey key;
    private final Clock clock;

    /**
     * @param fonts the embedded fonts ({@link FontSet#bundled()} for the bundled faces); used by one thread at a time
     * @param key the sponsor's signing key
     * @param clock the clock that dates the PDF and its signature
     */
    public Certificates(FontSet fonts, SigningKey key, Clock clock) {
        this.fonts = fonts;
        this.key = key;
        this.clock = clock;
    }

    /** The same issuer with its own copy of the fonts, for another thread. */
    public Certificates forAnotherThread() {
        return new Certificates(fonts.copy(), key, clock);
    }

    /**
     * Signs and writes one certificate PDF to a file.
     *
     * @throws ExportException when the certificate cannot be printed or the file cannot be written
     */
    public IssuedCertificate issue(CertificateData data, Path file) {
        Signed signed = sign(data);
        try {
            Files.write(file, signed.pdf());
        } catch (IOException e) {
            throw new ExportException("cannot write the certificate " + file + ": " + e.getMessage(), e);
        }
        return new IssuedCertificate(data, signed.issued().fields(), signed.issued().seal(), file);
    }

    /**
     * Signs and writes one certificate PDF to a stream (left open).
     *
     * @throws ExportException when the PDF cannot be produced
     */
    public IssuedCertificate issue(CertificateData data, OutputStream out) {
        Signed signed = sign(data);
        try {
            out.write(signed.pdf());
        } catch (IOException e) {
            throw new ExportException("cannot write the certificate " + data.number() + ": " + e.getMessage(), e);
        }
        return signed.issued();
    }

    /**
     * Every reason the certificate's printed text cannot be drawn, one per field, naming the
     * characters; empty when it can.
     */
    public List<String> unprintable(CertificateData data) {
        SignedFields fields = CertificateFields.of(data);
        Seal blankSeal = new Seal(key.verifyingKey().type(), key.verifyingKey().keyId(), new byte[64]);
        return unprintable(PrintedCertificate.of(fields, blankSeal));
    }

    /** A signed certificate in memory: its bytes and what the store records. */
    record Signed(IssuedCertificate issued, byte[] pdf) {
    }

    /** Seals, draws and signs one certificate in memory. */
    Signed sign(CertificateData data) {
        SignedFields fields = CertificateFields.of(data);
        Seal seal = Seal.sign(key, fields);
        PrintedCertificate printed = PrintedCertificate.of(fields, seal);
        List<String> problems = unprintable(printed);
        if (!problems.isEmpty()) {
            throw new ExportException("certificate " + data.number() + " for " + data.trainee().id() + " cannot be printed: "
                    + String.join("; ", problems) + ". Correct the name or text in the store or course, then issue again");
        }
        byte[] unsigned = draw(data, fields, seal, printed, clock.instant());
        byte[] pdf = signWhole(unsigned, data.number());
        return new Signed(new IssuedCertificate(data, fields, seal, null), pdf);
    }

    /** Signs a drawn PDF whole, as issuing does. */
    byte[] signWhole(byte[] unsigned, String number) {
        return PdfSignatures.sign(unsigned, key, clock.instant(), "Certificate of Completion " + number);
    }

    private List<String> unprintable(PrintedCertificate printed) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> region : printed.regions().entrySet()) {
            List<String> refused = fonts.refused(region.getValue());
            if (!refused.isEmpty()) {
                problems.add(region.getKey() + " '" + region.getValue() + "' has " + String.join(", ", refused));
            }
        }
        return problems;
    }

    byte[] draw(CertificateData data, SignedFields fields, Seal seal, PrintedCertificate printed, Instant now) {
        Rectangle page = data.course().certificate().paper() == Paper.A4 ? PageSize.A4.rotate() : PageSize.LETTER.rotate();
        Document document = new Document(page, 0, 0, 0, 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            new Metadata("Certificate of Completion: " + data.course().title(), data.course().sponsor().name(),
                    "Continuing-education certificate " + data.number() + " for " + data.trainee().name(),
                    "certificate, continuing education, " + data.course().credits().kind(), now)
                    .applyTo(document, writer);
            document.addHeader(FIELDS_KEY, Base64.getEncoder().encodeToString(fields.canonical()));
            document.addHeader(SEAL_KEY, seal.verificationString());
            document.open();
            CertificateDesign.draw(new Canvas(writer.getDirectContent(), fonts), page, printed);
            document.close();
        } catch (RuntimeException e) {
            if (e instanceof ExportException ee) {
                throw ee;
            }
            throw new ExportException("cannot produce the certificate " + data.number() + " for " + data.trainee().name()
                    + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
