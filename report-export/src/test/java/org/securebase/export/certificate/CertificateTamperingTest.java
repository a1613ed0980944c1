package org.securebase.export.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Element;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securebase.export.ExportFixtures;
import org.securebase.export.certificate.CertificateCheck.Outcome;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.verification.Seal;
import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.SigningKey;
import org.securebase.model.course.Course;
import org.securebase.model.course.Credits;

/** Every edit an attacker (or an accident) can make to an issued certificate fails the check. */
class CertificateTamperingTest {
    static final SigningKey KEY = SigningKey.generate();
    static final Certificates CERTIFICATES = new Certificates(FontSet.bundled(), KEY, CertificatesTest.CLOCK);
    static final CertificateVerifier VERIFIER = new CertificateVerifier(KEY.verifyingKey());
    static CertificateData data;
    static byte[] genuine;

    @BeforeAll
    static void issue() {
        data = sixHours(ExportFixtures.anyCertificate());
        genuine = CERTIFICATES.sign(data).pdf();
    }

    @Test
    void theUntouchedCertificatePasses() {
        CertificateCheck check = VERIFIER.check(genuine);
        assertEquals(Outcome.VALID, check.outcome(), check.detail());
    }

    @Test
    void aRedrawnHoursLineSavedAsANewFileFails() throws Exception {
        CertificateCheck check = VERIFIER.check(redrawHours(genuine, false));
        assertEquals(Outcome.ALTERED, check.outcome(), check.detail());
    }

    @Test
    void aRedrawnHoursLineAppendedAsAnIncrementalUpdateFails() throws Exception {
        CertificateCheck check = VERIFIER.check(redrawHours(genuine, true));
        assertEquals(Outcome.ALTERED, check.outcome(), check.detail());
        assertTrue(check.detail().contains("added or removed after signing"), check.detail());
    }

    @Test
    void aPageThatPrintsOtherHoursThanItsSignedFieldsFailsEvenWhenSignedWithTheSponsorsKey() {
        CertificateCheck check = signedWithPageText("details", "8.0 CE hours");
        assertEquals(Outcome.TEXT_DIFFERS, check.outcome(), check.detail());
        assertTrue(check.detail().contains("details reads '8.0 CE hours'"), check.detail());
    }

    @Test
    void aSwappedSealMedallionFailsEvenWhenSignedWithTheSponsorsKey() {
        CertificateCheck check = signedWithPageText("seal-hours", "8.0");
        assertEquals(Outcome.TEXT_DIFFERS, check.outcome(), check.detail());
        assertTrue(check.detail().contains("seal-hours reads '8.0', signed '6.0'"), check.detail());
    }

    @Test
    void textAddedOutsideTheSignedRegionsFailsEvenWhenSignedWithTheSponsorsKey() throws Exception {
        SignedFields fields = CertificateFields.of(data);
        Seal seal = Seal.sign(KEY, fields);
        byte[] drawn = CERTIFICATES.draw(data, fields, seal, PrintedCertificate.of(fields, seal),
                CertificatesTest.CLOCK.instant());
        CertificateCheck check = VERIFIER.check(CERTIFICATES.signWhole(redrawHours(drawn, false), data.number()));
        assertEquals(Outcome.TEXT_DIFFERS, check.outcome(), check.detail());
        assertTrue(check.detail().contains("glyphs outside the signed layout"), check.detail());
    }

    @Test
    void embeddedFieldsThatTheSealDoesNotCoverFailEvenWhenSignedWithTheSponsorsKey() {
        SignedFields fields = CertificateFields.of(data);
        Seal seal = Seal.sign(KEY, fields);
        SignedFields eight = CertificateFields.of(hours(data, "8.0"));
        byte[] pdf = CERTIFICATES.signWhole(CERTIFICATES.draw(data, eight, seal, PrintedCertificate.of(eight, seal),
                CertificatesTest.CLOCK.instant()), data.number());
        assertEquals(Outcome.FIELDS_CHANGED, VERIFIER.check(pdf).outcome());
    }

    static Stream<Arguments> regions() {
        String text = new String(genuineForRegions(), StandardCharsets.ISO_8859_1);
        int contents = text.indexOf("/Contents <") + 11;
        List<Arguments> at = new ArrayList<>();
        at.add(Arguments.of("header", 3));
        at.add(Arguments.of("binary comment", text.indexOf('\n') + 2));
        at.add(Arguments.of("page content stream", text.indexOf("stream", text.indexOf("/Filter/FlateDecode")) + 12));
        at.add(Arguments.of("font file", text.indexOf("stream", text.indexOf("/Length1")) + 400));
        at.add(Arguments.of("font dictionary", text.indexOf("/BaseFont") + 3));
        at.add(Arguments.of("document information", text.indexOf("/SecureBaseFields") + 30));
        at.add(Arguments.of("signature dictionary", text.indexOf("/SubFilter") + 4));
        at.add(Arguments.of("byte range", text.indexOf("/ByteRange") + 14));
        at.add(Arguments.of("signature value", contents + 40));
        at.add(Arguments.of("signature padding", text.indexOf(">", contents) - 3));
        at.add(Arguments.of("xref", text.lastIndexOf("xref") + 12));
        at.add(Arguments.of("trailer", text.lastIndexOf("trailer") + 9));
        at.add(Arguments.of("startxref", text.lastIndexOf("startxref") + 11));
        at.add(Arguments.of("end of file", text.length() - 3));
        for (int i = 1; i < 40; i++) {
            at.add(Arguments.of("spread " + i + "/40", text.length() * i / 40));
        }
        return at.stream();
    }

    private static byte[] genuineForRegions() {
        if (genuine == null) {
            issue();
        }
        return genuine;
    }

    @ParameterizedTest(name = "{0} at byte {1}")
    @MethodSource("regions")
    void aSingleByteEditFails(String region, int offset) {
        assertTrue(offset > 0 && offset < genuine.length, region + " not found");
        for (int flip : new int[] {0x01, 0x20}) {
            byte[] edited = genuine.clone();
            edited[offset] = (byte) (edited[offset] ^ flip);
            CertificateCheck check = VERIFIER.check(edited);
            assertNotEquals(Outcome.VALID, check.outcome(), region + " (xor " + flip + "): " + check.detail());
        }
    }

    @Test
    void aTruncatedFileFails() {
        byte[] cut = java.util.Arrays.copyOf(genuine, genuine.length - 1);
        assertNotEquals(Outcome.VALID, VERIFIER.check(cut).outcome());
    }

    /** A certificate whose page prints another text in one region, drawn and signed whole with the sponsor's key. */
    private static CertificateCheck signedWithPageText(String region, String text) {
        SignedFields fields = CertificateFields.of(data);
        Seal seal = Seal.sign(KEY, fields);
        PrintedCertificate page = PrintedCertificate.of(fields, seal).withText(region, text);
        return VERIFIER.check(CERTIFICATES.signWhole(CERTIFICATES.draw(data, fields, seal, page,
                CertificatesTest.CLOCK.instant()), data.number()));
    }

    /** Covers the details line with white and writes 8.0 hours over it, as a forger with a PDF editor would. */
    private static byte[] redrawHours(byte[] pdf, boolean append) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = append ? new PdfStamper(reader, out, '\0', true) : new PdfStamper(reader, out);
        PdfContentByte over = stamper.getOverContent(1);
        over.setColorFill(Color.WHITE);
        over.rectangle(200, 250, 392, 20);
        over.fill();
        over.beginText();
        over.setColorFill(Color.BLACK);
        over.setFontAndSize(BaseFont.createFont(), 10);
        over.showTextAligned(Element.ALIGN_CENTER, "8.0 CE hours", 396, 255, 0);
        over.endText();
        stamper.close();
        reader.close();
        return out.toByteArray();
    }

    private static CertificateData sixHours(CertificateData d) {
        return hours(d, "6.0");
    }

    private static CertificateData hours(CertificateData d, String hours) {
        Course c = d.course();
        Course changed = new Course(c.id(), c.quizId(), c.title(), c.sponsor(), new Credits(new BigDecimal(hours), "CE"),
                c.approval(), c.instructor(), c.dates(), c.location(), c.delivery(), c.certificate());
        return new CertificateData(changed, d.trainee(), d.completed(), d.number(), d.score(), d.sample());
    }
}
