package org.securebase.export.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.securebase.export.ExportFixtures;
import org.securebase.export.Pdfs;
import org.securebase.export.certificate.CertificateCheck.Outcome;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.verification.SigningKey;

/**
 * Names in every script the kit supports issue, print with embedded fonts and verify; names the
 * fonts cannot draw, or that carry bidi controls or invisible characters, are refused at issue.
 * The certificates are also written to {@code target/names-in-every-script/} for looking at.
 */
class CertificateNamesTest {
    static final SigningKey KEY = SigningKey.generate();
    static final Certificates CERTIFICATES = new Certificates(FontSet.bundled(), KEY, CertificatesTest.CLOCK);
    static final CertificateVerifier VERIFIER = new CertificateVerifier(KEY.verifyingKey());
    static final Path PICTURES = Path.of("target", "names-in-every-script");

    static Stream<Arguments> names() throws IOException {
        return lines("names-in-every-script.txt");
    }

    static Stream<Arguments> refused() throws IOException {
        return lines("names-refused.txt");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("names")
    void aNameInEveryScriptIssuesAndVerifies(String script, String name) throws IOException {
        CertificateData data = ExportFixtures.anyCertificate(new Trainee("t-" + script, name, null, null),
                "RCTI-2027-" + Math.abs(script.hashCode() % 1000000), false);
        Files.createDirectories(PICTURES);
        Path pdf = PICTURES.resolve(script + ".pdf");
        CERTIFICATES.issue(data, pdf);
        CertificateCheck check = VERIFIER.check(pdf);
        assertEquals(Outcome.VALID, check.outcome(), script + ": " + check.detail());
        assertTrue(Pdfs.fonts(pdf).stream().allMatch(f -> f.endsWith("embedded=true")), Pdfs.fonts(pdf).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aNameTheFontsCannotDrawHonestlyIsRefusedAtIssueNamingTheCharacter(String what, String name) {
        CertificateData data = ExportFixtures.anyCertificate(new Trainee("t-1", name, null, null), "RCTI-1", false);
        ExportException e = assertThrows(ExportException.class, () -> CERTIFICATES.sign(data));
        assertTrue(e.getMessage().matches("(?s).*trainee-name '.*' has U\\+[0-9A-F]{4,5} [A-Z].*"), what + ": " + e.getMessage());
        assertTrue(!CERTIFICATES.unprintable(data).isEmpty(), what);
    }

    private static Stream<Arguments> lines(String resource) throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = CertificateNamesTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                out.add(Arguments.of(line.substring(0, colon), unescape(line.substring(colon + 2))));
            }
        }
        return out.stream();
    }

    private static String unescape(String text) {
        Matcher m = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
