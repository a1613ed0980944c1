package org.securebase.quiz.results;

import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreException;

/**
 * The trainees known to a {@link ResultStore}: registering one (or replacing their details) and
 * looking one up before they sit a quiz or are named on a certificate.
 *
 * @since 0.3
 */
public final class Registrations {
    private final ResultStore store;

    /** @param store the open result store; the caller closes it */
    public Registrations(ResultStore store) {
        this.store = Checks.present(store, "result store");
    }

    /**
     * Adds a trainee, or replaces the details of the trainee with the same id.
     *
     * @param trainee the trainee
     */
    public void register(RegisteredTrainee trainee) {
        store.saveTrainee(trainee);
    }

    /**
     * @param traineeId a trainee id
     * @return the trainee, or empty when unknown
     */
    public Optional<RegisteredTrainee> trainee(String traineeId) {
        return store.trainee(traineeId);
    }

    /**
     * @param traineeId a trainee id
     * @return the trainee
     * @throws StoreException (refused) when unknown
     */
    public RegisteredTrainee require(String traineeId) {
        return trainee(traineeId).orElseThrow(() -> new StoreException(StoreException.Kind.REFUSED, "unknown trainee '"
                + traineeId + "' in the result store " + store.file() + "; register the trainee first, or check the id"));
    }
}
