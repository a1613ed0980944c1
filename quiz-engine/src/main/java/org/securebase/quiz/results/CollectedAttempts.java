package org.securebase.quiz.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
import org.securebase.quiz.store.Recording;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;

/**
 * Records whole attempts taken elsewhere (a paper handout, another system, a simulated cohort):
 * each scored under the key in force, with whether it counts under the quiz's policy, and stored
 * with its trainees all or nothing. The key is read once per batch and each trainee's earlier
 * attempts alone are read (inside the transaction that records theirs), so the cost grows with
 * the attempts recorded, not with the quiz.
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
        List<RegisteredTrainee> people = List.copyOf(trainees);
        List<CollectedAttempt> batch = List.copyOf(attempts);
        return record(quiz, source, "save " + people.size() + " trainees and record " + batch.size() + " attempts", b -> {
            people.forEach(b::saveTrainee);
            List<ScoredAttempt> out = new ArrayList<>(batch.size());
            for (CollectedAttempt c : batch) {
                out.add(b.add(c));
            }
            return out;
        });
    }

    /**
     * Scores and records attempts one at a time in one transaction, for a batch too large to hold
     * at once (a streamed import): {@code work} saves trainees and adds attempts through the
     * {@link Batch} it is given, and everything it added is stored, or nothing is. {@code work}
     * may be run again from its start when another writer holds the store.
     *
     * @param quiz a frozen quiz
     * @param source where the attempts come from
     * @param what what the batch is, for messages
     * @param work the work
     * @param <T> what it returns
     * @return what {@code work} returned, after the commit
     * @throws AttemptLimitReached when a trainee has no attempt left; nothing was recorded
     */
    public <T> T record(Quiz quiz, AttemptSource source, String what, Function<Batch, T> work) {
        AnswerKey key = keys.of(quiz);
        Counting counting = Counting.of(quiz);
        return store.recording(what, r -> work.apply(new Batch(r, quiz, key, counting, source)));
    }

    /**
     * Attempts being recorded in one transaction: each scored under the key in force, with whether
     * it counts among the trainee's attempts read inside the same transaction.
     *
     * @since 0.3
     */
    public static final class Batch {
        private final Recording recording;
        private final Quiz quiz;
        private final AnswerKey key;
        private final Counting counting;
        private final AttemptSource source;
        private final Set<String> seen = new HashSet<>();

        private Batch(Recording recording, Quiz quiz, AnswerKey key, Counting counting, AttemptSource source) {
            this.recording = recording;
            this.quiz = quiz;
            this.key = key;
            this.counting = counting;
            this.source = source;
        }

        /**
         * Adds a trainee, or replaces their details.
         *
         * @param trainee the trainee
         */
        public void saveTrainee(RegisteredTrainee trainee) {
            recording.saveTrainee(trainee);
        }

        /**
         * Scores and records one attempt; its trainee must be saved.
         *
         * @param c the attempt
         * @return it scored, with its store id
         * @throws AttemptLimitReached when the trainee has no attempt left
         * @throws ModelException when the trainee already has an attempt in this batch
         */
        public ScoredAttempt add(CollectedAttempt c) {
            if (!seen.add(c.traineeId())) {
                throw new ModelException("trainee " + c.traineeId() + " has two attempts in one batch; record one at a time");
            }
            List<ScoredAttempt> earlier = new ArrayList<>();
            for (MarkedAttempt s : recording.submittedAttemptsOf(quiz.id(), c.traineeId())) {
                earlier.add(Stored.submitted(quiz, s).score(key));
            }
            int number = recording.attemptCount(quiz.id(), c.traineeId()) + 1;
            AttemptHeader header = new AttemptHeader(Optional.empty(), c.traineeId(), number, quiz, c.variant(),
                    c.submitted());
            List<Response> responses = new ArrayList<>();
            c.answers().forEach((ref, answer) -> responses.add(new Response(ref, answer, c.submitted())));
            ScoredAttempt s = new SubmittedAttempt(header, responses, c.submitted()).score(key);
            List<MarkedResponse> marked = new ArrayList<>();
            Map<QuestionRef, Double> marks = Stored.marks(s);
            for (Response r : responses) {
                marked.add(new MarkedResponse(Stored.response(r, false), marks.get(r.ref())));
            }
            MarkedAttempt a = recording.record(new CompletedAttempt(quiz.id(), c.traineeId(), c.variant().code(), source,
                    c.submitted(), c.submitted(), marked, Stored.score(quiz.id(), s.report()), counting.counts(s, earlier)),
                    counting.limit());
            // the variant is the one collected: no search of the handouts for it again
            AttemptHeader stored = new AttemptHeader(AttemptId.of(a.id()), a.traineeId(), a.number(), quiz, c.variant(),
                    a.startedAt());
            return new SubmittedAttempt(stored, responses, a.submittedAt()).score(key);
        }
    }
}
