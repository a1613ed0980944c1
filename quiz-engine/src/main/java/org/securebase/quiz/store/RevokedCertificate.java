package org.securebase.quiz.store;

import java.time.Instant;
import org.securebase.model.Checks;

/**
 * A certificate withdrawn after issue; looking it up shows why and when.
 *
 * @param issued the certificate as issued
 * @param reason why it was revoked
 * @param revokedAt when it was revoked
 * @since 0.1
 */
public record RevokedCertificate(StandingCertificate issued, String reason, Instant revokedAt) implements Certificate {

    /** Requires every part. */
    public RevokedCertificate {
        Checks.present(issued, "revoked certificate");
        Values.text(reason, "reason for revoking certificate " + issued.number());
        revokedAt = Values.time(revokedAt, "revocation time of certificate " + issued.number());
    }

    @Override
    public String number() {
        return issued.number();
    }

    @Override
    public String lookupCode() {
        return issued.lookupCode();
    }

    @Override
    public String traineeId() {
        return issued.traineeId();
    }

    @Override
    public String courseId() {
        return issued.courseId();
    }

    @Override
    public String quizId() {
        return issued.quizId();
    }

    @Override
    public long attemptId() {
        return issued.attemptId();
    }

    @Override
    public Instant issuedAt() {
        return issued.issuedAt();
    }

    @Override
    public String fields() {
        return issued.fields();
    }

    @Override
    public String signature() {
        return issued.signature();
    }
}
