package org.securebase.export.certificate;

import org.securebase.export.verification.SignedFields;
import org.securebase.export.verification.SignedFields.Field;
import org.securebase.model.course.Course;
import java.util.ArrayList;
import java.util.List;

/**
 * The signed fields of a certificate, encoding {@code securebase-certificate/1}: every value
 * the certificate prints, in this fixed order, absent values empty. Dates are ISO-8601, hours a
 * plain decimal, the score {@code points/max} only when printed, {@code sample} is
 * {@code yes} or {@code no}.
 *
 * @since 0.1
 */
public final class CertificateFields {
    /** The kind and version of the encoding. */
    public static final String KIND = "securebase-certificate/1";

    private CertificateFields() {
    }

    /** The signed fields of a certificate. */
    public static SignedFields of(CertificateData d) {
        Course c = d.course();
        List<Field> f = new ArrayList<>();
        f.add(new Field("number", d.number()));
        f.add(new Field("trainee-id", d.trainee().id()));
        f.add(new Field("trainee-name", d.trainee().name()));
        f.add(new Field("licence-number", d.trainee().licenceNumber()));
        f.add(new Field("jurisdiction", d.trainee().jurisdiction()));
        f.add(new Field("course-id", c.id()));
        f.add(new Field("course-title", c.title()));
        f.add(new Field("sponsor", c.sponsor().name()));
        f.add(new Field("provider-number", c.sponsor().providerNumber()));
        f.add(new Field("approving-body", c.sponsor().approvingBody()));
        f.add(new Field("approval", c.approval()));
        f.add(new Field("credit-hours", c.credits().hours().toPlainString()));
        f.add(new Field("credit-kind", c.credits().kind()));
        f.add(new Field("delivery", c.delivery()));
        f.add(new Field("program-start", c.dates() == null ? null : c.dates().start().toString()));
        f.add(new Field("program-end", c.dates() == null ? null : c.dates().end().toString()));
        f.add(new Field("location", c.location()));
        f.add(new Field("completed", d.completed().toString()));
        f.add(new Field("instructor", c.instructor() == null ? null : c.instructor().name()));
        f.add(new Field("instructor-credentials", c.instructor() == null ? null : c.instructor().credentials()));
        f.add(new Field("score", d.printedScore().map(s -> s.points().toPlainString() + "/" + s.max().toPlainString())
                .orElse(null)));
        f.add(new Field("sample", d.sample() ? "yes" : "no"));
        return new SignedFields(KIND, f);
    }
}
