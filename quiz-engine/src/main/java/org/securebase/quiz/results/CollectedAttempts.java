package org.securebase.quiz.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.AttemptHeader;
import org.securebase.quiz.delivery.AttemptId;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.SubmittedAttempt;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.store.AttemptLimitReached;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.CompletedAttempt;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.MarkedResponse;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;

/**
 * Records whole attempts taken elsewhere (a paper handout, another system, a simulated cohort):
 * each scored under the key in force, with whether it counts under the quiz's policy, and stored
 * with its trainees all or nothing. The key is read once per batch and each trainee's earlier
 * attempts alone are read, so the cost grows with the attempts recorded, not with the quiz.
 *
 * @since 0.3
 */
public final class CollectedAttempts {
    private final ResultStore store;
    private final KeyInForce keys;

    /** @param store the open result store; the caller closes it */
    public CollectedAttempts(ResultStore store) {
        this.store = Checks.present(store, "result store");
        this.keys = new KeyInForce(store);
    }

    /**
     * Scores and records the attempts, together with their trainees, in one transaction. Each
     * trainee may appear once; the quiz's attempt limit applies, checked by the store inside that
     * transaction.
     *
     * @param quiz a frozen quiz
     * @param trainees trainees to save (added or updated) with the attempts
     * @param attempts the attempts
     * @param source where they come from
     * @return the scored attempts, in the same order, with their store ids
     * @throws AttemptLimitReached when a trainee has no attempt left; nothing was recorded
     * @throws ModelException when a trainee appears twice or an answer does not fit
     */
    public List<ScoredAttempt> record(Quiz quiz, List<RegisteredTrainee> trainees, List<CollectedAttempt> attempts,
            AttemptSource source) {
        AnswerKey key = keys.of(quiz);
        Counting counting = Counting.of(quiz);
        Set<String> seen = new LinkedHashSet<>();
        List<CompletedAttempt> completed = new ArrayList<>(attempts.size());
        for (CollectedAttempt c : attempts) {
            if (!seen.add(c.traineeId())) {
                throw new ModelException("trainee " + c.traineeId() + " has two attempts in one batch; record one at a time");
            }
            List<ScoredAttempt> earlier = new ArrayList<>();
            for (MarkedAttempt s : store.submittedAttemptsOf(quiz.id(), c.traineeId())) {
                earlier.add(Stored.submitted(quiz, s).score(key));
            }
            int number = store.attemptCount(quiz.id(), c.traineeId()) + 1;
            AttemptHeader header = new AttemptHeader(Optional.empty(), c.traineeId(), number, quiz,
                    c.variant(), c.submitted());
            List<Response> responses = new ArrayList<>();
            c.answers().forEach((ref, answer) -> responses.add(new Response(ref, answer, c.submitted())));
            ScoredAttempt s = new SubmittedAttempt(header, responses, c.submitted()).score(key);
            List<MarkedResponse> marked = new ArrayList<>();
            Map<QuestionRef, Double> marks = Stored.marks(s);
            for (Response r : responses) {
                marked.add(new MarkedResponse(Stored.response(r, false), marks.get(r.ref())));
            }
            completed.add(new CompletedAttempt(quiz.id(), c.traineeId(), c.variant().code(), source, c.submitted(),
                    c.submitted(), marked, Stored.score(quiz.id(), s.report()), counting.counts(s, earlier)));
        }
        List<MarkedAttempt> stored = store.recordAttempts(trainees, completed, counting.limit());
        List<ScoredAttempt> out = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            // the variant is the one collected: no search of the handouts for it again
            MarkedAttempt a = stored.get(i);
            AttemptHeader header = new AttemptHeader(AttemptId.of(a.id()), a.traineeId(), a.number(), quiz,
                    attempts.get(i).variant(), a.startedAt());
            List<Response> responses = Stored.responses(a.id(), a.responses().stream().map(MarkedResponse::response).toList());
            out.add(new SubmittedAttempt(header, responses, a.submittedAt()).score(key));
        }
        return out;
    }
}
