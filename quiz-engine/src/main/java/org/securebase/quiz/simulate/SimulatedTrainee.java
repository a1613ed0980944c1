package org.securebase.quiz.simulate;

import java.time.Instant;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.quiz.delivery.Response;

/**
 * One simulated trainee's attempt: who, how able, and what they answered when.
 *
 * @param id the trainee id, {@code sim-00001} for the first
 * @param ability θ in logits, drawn from N(0, 1)
 * @param started when the attempt started
 * @param responses one answer per question in the trainee's delivery order, times increasing
 * @param submitted when the attempt was submitted, after the last answer
 * @since 0.1
 */
public record SimulatedTrainee(String id, double ability, Instant started, List<Response> responses, Instant submitted) {

    /** Requires the parts and a submission after the last answer. */
    public SimulatedTrainee {
        Checks.id(id, "simulated trainee id");
        Checks.present(started, "start of " + id);
        responses = Checks.list(responses, "responses of " + id);
        Checks.present(submitted, "submission of " + id);
        if (!responses.isEmpty() && submitted.isBefore(responses.get(responses.size() - 1).at())) {
            throw new ModelException("simulated trainee " + id + " submits before their last answer");
        }
    }
}
