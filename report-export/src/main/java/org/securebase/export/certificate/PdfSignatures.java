package org.securebase.export.certificate;

import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.TimeZone;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.verification.DetachedSignature;
import org.securebase.export.verification.PublishedKeys;
import org.securebase.export.verification.SigningKey;

/**
 * The whole-file PDF signature of a certificate (PAdES baseline B-B): an invisible signature
 * field whose dictionary has SubFilter {@code ETSI.CAdES.detached}, a {@code /ByteRange}
 * covering every byte of the file except the {@code /Contents} hex string, and a detached CMS
 * signature (ECDSA P-256, SHA-256) with the sponsor's self-signed certificate. The file is
 * written whole, never as an incremental update, so the range ends at the end of the file.
 */
final class PdfSignatures {
    /** Room for the CMS signature: certificate (~450 bytes), attributes and the ECDSA value, with margin. */
    private static final int CONTENTS_BYTES = 4096;
    private static final PdfName CADES = new PdfName("ETSI.CAdES.detached");

    private PdfSignatures() {
    }

    /**
     * Signs a PDF.
     *
     * @param unsigned the complete PDF without a signature
     * @param reason the reason written into the signature dictionary
     * @throws ExportException when the PDF cannot be signed
     */
    static byte[] sign(byte[] unsigned, SigningKey key, Instant when, String reason) {
        try {
            PdfReader reader = new PdfReader(unsigned);
            formResourcesFromThePage(reader);
            ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 2 * CONTENTS_BYTES + 2048);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, false);
            Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(when.toEpochMilli());
            stamper.setEnforcedModificationDate(time);
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setSignDate(time);
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, CADES);
            dictionary.setDate(new PdfDate(time));
            dictionary.setReason(reason);
            dictionary.setName("SecureBase certificate signing key " + key.verifyingKey().keyId());
            appearance.setCryptoDictionary(dictionary);
            HashMap<PdfName, Integer> exclusions = new HashMap<>();
            exclusions.put(PdfName.CONTENTS, CONTENTS_BYTES * 2 + 2);
            appearance.preClose(exclusions);
            byte[] signedBytes;
            try (InputStream range = appearance.getRangeStream()) {
                signedBytes = range.readAllBytes();
            }
            byte[] cms = DetachedSignature.sign(key, signedBytes);
            if (cms.length > CONTENTS_BYTES) {
                throw new ExportException("the PDF signature is " + cms.length + " bytes, more than the " + CONTENTS_BYTES
                        + " reserved for it");
            }
            PdfDictionary update = new PdfDictionary();
            update.put(PdfName.CONTENTS, new PdfString(Arrays.copyOf(cms, CONTENTS_BYTES)).setHexWriting(true));
            appearance.close(update);
            reader.close();
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExportException ee) {
                throw ee;
            }
            throw new ExportException("cannot sign the certificate PDF: " + e.getMessage(), e);
        }
    }

    /**
     * Gives the signature's form the page's own embedded font as its default resources. Without
     * them OpenPDF adds Helvetica and ZapfDingbats, base-14 fonts that are never embedded.
     */
    private static void formResourcesFromThePage(PdfReader reader) {
        PdfDictionary resources = reader.getPageN(1).getAsDict(PdfName.RESOURCES);
        PdfDictionary pageFonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
        if (pageFonts == null || pageFonts.getKeys().isEmpty()) {
            throw new ExportException("the certificate page uses no font");
        }
        PdfObject font = pageFonts.get(pageFonts.getKeys().iterator().next());
        PdfDictionary fonts = new PdfDictionary();
        fonts.put(PdfName.HELV, font);
        fonts.put(PdfName.ZADB, font);
        PdfDictionary defaults = new PdfDictionary();
        defaults.put(PdfName.FONT, fonts);
        PdfDictionary form = new PdfDictionary();
        form.put(PdfName.FIELDS, new PdfArray());
        form.put(PdfName.DR, defaults);
        form.put(PdfName.DA, new PdfString("/Helv 0 Tf 0 g "));
        reader.getCatalog().put(PdfName.ACROFORM, form);
    }

    /**
     * What the check of a file's signature found.
     *
     * @param problem null when the signature covers the whole file and is valid, else one sentence
     * @param outcome the outcome when there is a problem
     */
    record Check(CertificateCheck.Outcome outcome, String problem) {
        boolean valid() {
            return problem == null;
        }
    }

    /**
     * Checks that the PDF carries exactly one signature, that its byte range covers every byte of
     * the file but the signature value, and that the signature is by one of the keys over those bytes.
     */
    static Check check(byte[] pdf, PdfReader reader, PublishedKeys keys) {
        AcroFields fields = reader.getAcroFields();
        List<String> names = new ArrayList<>(fields.getSignatureTypes().keySet());
        if (names.isEmpty()) {
            return new Check(CertificateCheck.Outcome.NO_SIGNATURE, "the file carries no PDF signature");
        }
        if (names.size() != 1) {
            return new Check(CertificateCheck.Outcome.ALTERED, "the file carries " + names.size()
                    + " PDF signatures; a SecureBase certificate has exactly one");
        }
        PdfDictionary signature = fields.getSignatureDictionary(names.get(0));
        if (!CADES.equals(signature.getAsName(PdfName.SUBFILTER))) {
            return new Check(CertificateCheck.Outcome.MALFORMED, "the PDF signature is not of the kind "
                    + CADES + " (SecureBase signs with PAdES)");
        }
        PdfArray range = signature.getAsArray(PdfName.BYTERANGE);
        long[] r = new long[4];
        if (range == null || range.size() != 4) {
            return new Check(CertificateCheck.Outcome.MALFORMED, "the PDF signature has no byte range of 4 numbers");
        }
        for (int i = 0; i < 4; i++) {
            PdfNumber n = range.getAsNumber(i);
            if (n == null) {
                return new Check(CertificateCheck.Outcome.MALFORMED, "the byte range holds something other than numbers");
            }
            r[i] = (long) n.doubleValue();
        }
        if (r[0] != 0 || r[1] <= 0 || r[2] <= r[1] || r[3] < 0 || r[2] + r[3] != pdf.length) {
            return new Check(CertificateCheck.Outcome.ALTERED, "the signature covers bytes " + Arrays.toString(r)
                    + " but the file has " + pdf.length + " bytes: something was added or removed after signing");
        }
        int gapStart = (int) r[1];
        int gapEnd = (int) r[2];
        if (pdf[gapStart] != '<' || pdf[gapEnd - 1] != '>') {
            return new Check(CertificateCheck.Outcome.ALTERED, "the gap in the byte range is not exactly the signature value");
        }
        String hex = new String(pdf, gapStart + 1, gapEnd - gapStart - 2, StandardCharsets.US_ASCII);
        byte[] cms;
        try {
            cms = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new Check(CertificateCheck.Outcome.ALTERED, "the signature value is not plain hex: it was altered");
        }
        if (!HexFormat.of().withUpperCase().formatHex(cms).equals(hex) && !HexFormat.of().formatHex(cms).equals(hex)) {
            return new Check(CertificateCheck.Outcome.ALTERED, "the signature value is not written as SecureBase writes it");
        }
        PdfString contents = signature.getAsString(PdfName.CONTENTS);
        if (contents == null || !Arrays.equals(contents.getOriginalBytes(), cms)) {
            return new Check(CertificateCheck.Outcome.ALTERED, "the signature dictionary's value is not the one in the byte-range gap");
        }
        byte[] signedBytes = new byte[gapStart + (pdf.length - gapEnd)];
        System.arraycopy(pdf, 0, signedBytes, 0, gapStart);
        System.arraycopy(pdf, gapEnd, signedBytes, gapStart, pdf.length - gapEnd);
        DetachedSignature.Result result = DetachedSignature.check(cms, signedBytes, keys);
        switch (result.status()) {
            case VALID:
                return new Check(CertificateCheck.Outcome.VALID, null);
            case WRONG_KEY:
                return new Check(CertificateCheck.Outcome.WRONG_KEY, result.detail());
            case BAD_SIGNATURE:
                return new Check(CertificateCheck.Outcome.ALTERED, result.detail());
            default:
                return new Check(CertificateCheck.Outcome.MALFORMED, result.detail());
        }
    }
}
