package org.securebase.quiz.store;

import java.time.Instant;

/**
 * A certificate the store has recorded as issued: valid, or revoked.
 *
 * @since 0.1
 */
public sealed interface Certificate permits StandingCertificate, RevokedCertificate {

    /** @return the certificate number, unique in the store */
    String number();

    /** @return the short code printed for looking the certificate up, unique in the store */
    String lookupCode();

    /** @return the trainee it was issued to */
    String traineeId();

    /** @return the course it certifies */
    String courseId();

    /** @return the quiz whose attempt earned it */
    String quizId();

    /** @return the attempt that earned it */
    long attemptId();

    /** @return when it was issued */
    Instant issuedAt();

    /** @return the canonical text of the fields printed on it, as signed */
    String fields();

    /** @return the signature over {@link #fields()} */
    String signature();
}
