package org.securebase.quiz.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.variant.Variant;

/**
 * An attempt the trainee is still working on: answers can be given, changed, cleared and
 * reviewed. Immutable: each action returns the next state. Resuming after a crash or on another
 * machine is constructing it again from the header and the recorded responses.
 *
 * @param header who, which quiz, which variant, when
 * @param responses every recorded response, oldest first
 * @since 0.1
 */
public record InProgressAttempt(AttemptHeader header, List<Response> responses) implements Attempt {

    /** Replays the responses: they must be in time order, for asked questions, and fit them. */
    public InProgressAttempt {
        Checks.present(header, "attempt header");
        responses = Responses.check(header, Checks.list(responses, "responses"), null);
    }

    /** Starts an attempt in the trainee's own variant. */
    public static InProgressAttempt start(Optional<AttemptId> attemptId, Quiz quiz, String traineeId, int number, Instant started) {
        return new InProgressAttempt(new AttemptHeader(attemptId, traineeId, number, quiz,
                Variant.forTrainee(quiz, traineeId), started), List.of());
    }

    /** Records an answer (in written positions); a later answer to the same question replaces it. */
    public InProgressAttempt answer(QuestionRef ref, Answer answer, Instant at) {
        return record(new Response(ref, Checks.present(answer, "answer to " + ref), at));
    }

    /** Records that the trainee cleared their answer to a question. */
    public InProgressAttempt clear(QuestionRef ref, Instant at) {
        return record(new Response(ref, null, at));
    }

    private InProgressAttempt record(Response r) {
        List<Response> next = new ArrayList<>(responses);
        next.add(r);
        return new InProgressAttempt(header, next);
    }

    /** The review screen before submitting: every question in delivery order, answered or not. */
    public List<ReviewLine> review() {
        Map<QuestionRef, Answer> counted = countedAnswers();
        List<ReviewLine> lines = new ArrayList<>();
        int number = 0;
        for (QuestionRef r : header.variant().order()) {
            boolean late = responses.stream().anyMatch(x -> x.ref().equals(r) && isLate(x));
            lines.add(new ReviewLine(++number, r, counted.containsKey(r), late));
        }
        return lines;
    }

    /** Submits: the attempt can no longer change. */
    public SubmittedAttempt submit(Instant at) {
        return new SubmittedAttempt(header, responses, at);
    }

    /**
     * One line of the review screen.
     *
     * @param number the question's number in delivery
     * @param ref the question
     * @param answered whether an answer counts for it
     * @param lateResponse whether a response to it came after the time limit (kept, not counted)
     */
    public record ReviewLine(int number, QuestionRef ref, boolean answered, boolean lateResponse) {
    }
}
