package org.securebase.quiz.store;

import java.util.List;
import org.securebase.model.Checks;

/**
 * Everything the store holds about one trainee, for answering their request to see it: who
 * they are, every attempt with its answers, marks and score, their certificates (revoked ones
 * too), the rescores that changed one of their scores (with only their changes), and the
 * ratings of their open answers with each rating's audit trail.
 *
 * @param trainee the trainee as registered
 * @param attempts every attempt, open or submitted, by quiz and attempt number
 * @param certificates every certificate issued to them, by number
 * @param rescores the rescore records naming one of their attempts, holding only those attempts' changes
 * @param ratings the ratings in force for their open answers
 * @param ratingAudit every rating ever given for their answers, oldest first
 * @since 0.5
 */
public record TraineeRecord(RegisteredTrainee trainee, List<StoredAttempt> attempts, List<Certificate> certificates,
        List<RescoreRecord> rescores, List<StoredRating> ratings, List<RatingAuditRow> ratingAudit) {

    /** Requires every part; the lists are copied. */
    public TraineeRecord {
        Checks.present(trainee, "trainee of a trainee record");
        attempts = Checks.list(attempts, "attempts of trainee " + trainee.id());
        certificates = Checks.list(certificates, "certificates of trainee " + trainee.id());
        rescores = Checks.list(rescores, "rescores of trainee " + trainee.id());
        ratings = Checks.list(ratings, "ratings of trainee " + trainee.id());
        ratingAudit = Checks.list(ratingAudit, "rating audit of trainee " + trainee.id());
    }
}
