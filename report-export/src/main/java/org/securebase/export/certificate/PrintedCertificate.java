package org.securebase.export.certificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.securebase.export.verification.Seal;
import org.securebase.export.verification.SignedFields;
import org.securebase.model.course.Credits;
import org.securebase.model.course.ProgramDates;

/**
 * Every text the certificate page prints, each in its own named region, computed from the
 * signed fields and the seal alone: the design draws exactly these, and the check reads the
 * regions back from the page and compares them one by one. Nothing is printed that the signed
 * fields do not determine.
 */
final class PrintedCertificate {
    static final String TITLE = "Certificate of Completion";
    static final String SAMPLE = "SAMPLE";
    private final Map<String, String> regions = new LinkedHashMap<>();
    private final boolean sample;

    private PrintedCertificate(SignedFields f, Seal seal) {
        put("sponsor", value(f, "sponsor"));
        put("provider", providerLine(value(f, "provider-number"), value(f, "approving-body")));
        put("label-title", TITLE);
        put("label-kind", "CONTINUING EDUCATION");
        put("label-certifies", "This certifies that");
        put("trainee-name", value(f, "trainee-name"));
        put("licence", licenceLine(value(f, "licence-number"), value(f, "jurisdiction")));
        put("label-completed", "has successfully completed the program");
        put("course-title", value(f, "course-title"));
        put("details", details(f));
        put("completed", completedLine(f));
        put("approval", value(f, "approval"));
        String instructor = value(f, "instructor");
        if (instructor != null) {
            put("instructor", instructor);
            String credentials = value(f, "instructor-credentials");
            put("instructor-role", credentials == null ? "Instructor" : credentials + "  ·  Instructor");
        }
        put("seal-certified", "CERTIFIED");
        put("seal-hours", value(f, "credit-hours"));
        put("seal-kind", value(f, "credit-kind").toUpperCase(Locale.ROOT) + " HOURS");
        put("label-number", "CERTIFICATE NO.");
        put("number", value(f, "number"));
        put("label-code", "VERIFICATION CODE");
        put("code", seal.code());
        put("seal", seal.verificationString());
        put("label-check", "Check offline with the sponsor's published public key, or look up the verification code.");
        this.sample = "yes".equals(value(f, "sample"));
        if (sample) {
            put("sample-mark", SAMPLE);
            put("sample-stamp", SAMPLE);
            put("sample-note", "simulated data · not valid");
        }
    }

    /**
     * The printed texts of a certificate.
     *
     * @throws IllegalArgumentException when a field needed to print is missing or malformed
     */
    static PrintedCertificate of(SignedFields fields, Seal seal) {
        return new PrintedCertificate(fields, seal);
    }

    /** The same texts with one region's text replaced (to test that a check notices). */
    PrintedCertificate withText(String region, String text) {
        PrintedCertificate copy = new PrintedCertificate(this);
        copy.regions.put(region, text);
        return copy;
    }

    private PrintedCertificate(PrintedCertificate other) {
        this.regions.putAll(other.regions);
        this.sample = other.sample;
    }

    /** The region names and texts, in drawing order; absent values have no region. */
    Map<String, String> regions() {
        return Map.copyOf(regions);
    }

    /** The text of a region, or null when the certificate has none. */
    String text(String region) {
        return regions.get(region);
    }

    boolean sample() {
        return sample;
    }

    private void put(String region, String text) {
        if (text != null) {
            regions.put(region, text);
        }
    }

    private static String value(SignedFields f, String name) {
        return f.value(name).orElse(null);
    }

    private static String providerLine(String providerNumber, String approvingBody) {
        if (providerNumber == null && approvingBody == null) {
            return null;
        }
        if (providerNumber == null) {
            return "Approved by " + approvingBody;
        }
        return "Provider approval No. " + providerNumber + (approvingBody == null ? "" : "  ·  " + approvingBody);
    }

    private static String licenceLine(String number, String jurisdiction) {
        return CertificateWording.licence(new Trainee("-", "-", number, jurisdiction));
    }

    private static String details(SignedFields f) {
        StringBuilder b = new StringBuilder(CertificateWording.hours(new Credits(new BigDecimal(value(f, "credit-hours")),
                value(f, "credit-kind"))));
        String delivery = value(f, "delivery");
        if (delivery != null) {
            b.append("  ·  ").append(delivery);
        }
        String start = value(f, "program-start");
        if (start != null) {
            b.append("  ·  ").append(CertificateWording.dates(new ProgramDates(LocalDate.parse(start),
                    LocalDate.parse(value(f, "program-end")))));
        }
        String location = value(f, "location");
        if (location != null) {
            b.append("  ·  ").append(location);
        }
        return b.toString();
    }

    private static String completedLine(SignedFields f) {
        String line = "Completed on " + CertificateWording.date(LocalDate.parse(value(f, "completed")));
        String score = value(f, "score");
        if (score != null) {
            String[] parts = score.split("/", 2);
            line += "  ·  Score " + new Score(new BigDecimal(parts[0]), new BigDecimal(parts[1])).percent() + "%";
        }
        return line;
    }
}
