package org.securebase.quiz.store;

import java.time.Instant;

/**
 * A valid certificate: what was printed and signed, and the attempt that earned it.
 *
 * @param number the certificate number, unique in the store
 * @param lookupCode the short code printed for looking it up, unique in the store
 * @param traineeId the trainee it was issued to
 * @param courseId the course it certifies
 * @param quizId the quiz whose attempt earned it
 * @param attemptId the submitted attempt that earned it
 * @param issuedAt when it was issued
 * @param fields the canonical text of the printed fields
 * @param signature the signature over the fields
 * @since 0.1
 */
public record StandingCertificate(String number, String lookupCode, String traineeId, String courseId, String quizId,
        long attemptId, Instant issuedAt, String fields, String signature) implements Certificate {

    /** Requires every part. */
    public StandingCertificate {
        Values.key(number, "certificate number");
        Values.key(lookupCode, "lookup code of certificate " + number);
        Values.key(traineeId, "trainee id of certificate " + number);
        Values.key(courseId, "course id of certificate " + number);
        Values.key(quizId, "quiz id of certificate " + number);
        issuedAt = Values.time(issuedAt, "issue time of certificate " + number);
        Values.text(fields, "printed fields of certificate " + number);
        Values.text(signature, "signature of certificate " + number);
    }
}
