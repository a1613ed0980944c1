package org.securebase.quiz.store;

/**
 * The store refused an attempt because its trainee has made every attempt the quiz allows;
 * nothing was changed. The store decides this inside the transaction that would record the
 * attempt, so no two writers can both take a trainee's last attempt.
 *
 * @since 0.3
 */
public final class AttemptLimitReached extends StoreException {
    private static final long serialVersionUID = 1L;

    private final String quizId;
    private final String traineeId;
    private final int maxAttempts;

    /**
     * @param quizId the quiz
     * @param traineeId the trainee with no attempt left
     * @param maxAttempts the attempts the quiz allows
     */
    public AttemptLimitReached(String quizId, String traineeId, int maxAttempts) {
        super(Kind.REFUSED, "trainee " + traineeId + " has used all " + maxAttempts + " attempt"
                + (maxAttempts == 1 ? "" : "s") + " allowed at quiz " + quizId);
        this.quizId = quizId;
        this.traineeId = traineeId;
        this.maxAttempts = maxAttempts;
    }

    /** @return the quiz */
    public String quizId() {
        return quizId;
    }

    /** @return the trainee with no attempt left */
    public String traineeId() {
        return traineeId;
    }

    /** @return the attempts the quiz allows */
    public int maxAttempts() {
        return maxAttempts;
    }
}
