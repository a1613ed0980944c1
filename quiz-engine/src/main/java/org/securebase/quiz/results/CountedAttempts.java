package org.securebase.quiz.results;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.store.StoredAttempt;
import org.securebase.quiz.store.AttemptCursor;
import org.securebase.quiz.store.MarkedAttempt;

/**
 * The attempts that count at a quiz, one per trainee who submitted any, by trainee id, read
 * from an open {@link AttemptCursor}: each trainee's submitted attempts (consecutive in the
 * cursor) are scored under the key in force and the quiz's attempt policy picks the one that
 * counts. Only one trainee's attempts are in memory at a time.
 *
 * <p>While it is open the result store refuses every other call; it closes itself after the
 * last trainee, and closing the store closes it too.
 *
 * @since 0.2
 */
public final class CountedAttempts implements Iterator<ScoredAttempt>, AutoCloseable {
    private final AttemptCursor attempts;
    private final Function<MarkedAttempt, ScoredAttempt> scoring;
    private final Counting counting;
    /** The first scored attempt of the next trainee, read ahead while finishing the one before. */
    private ScoredAttempt ahead;
    private ScoredAttempt next;

    CountedAttempts(AttemptCursor attempts, Function<MarkedAttempt, ScoredAttempt> scoring, Counting counting) {
        this.attempts = attempts;
        this.scoring = scoring;
        this.counting = counting;
    }

    @Override
    public boolean hasNext() {
        while (next == null && (ahead != null || attempts.hasNext())) {
            next = countingOfNextTrainee().orElse(null);
        }
        return next != null;
    }

    /**
     * @return the next trainee's attempt that counts, scored under the key in force
     * @throws NoSuchElementException after the last trainee
     */
    @Override
    public ScoredAttempt next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more counted attempts");
        }
        ScoredAttempt out = next;
        next = null;
        return out;
    }

    /** Ends the read; closing again does nothing. */
    @Override
    public void close() {
        attempts.close();
    }

    private Optional<ScoredAttempt> countingOfNextTrainee() {
        List<ScoredAttempt> theirs = new ArrayList<>(2);
        if (ahead != null) {
            theirs.add(ahead);
            ahead = null;
        }
        while (attempts.hasNext()) {
            StoredAttempt a = attempts.next();
            if (a instanceof MarkedAttempt s) {
                ScoredAttempt scored = scoring.apply(s);
                if (theirs.isEmpty() || theirs.get(0).header().traineeId().equals(s.traineeId())) {
                    theirs.add(scored);
                } else {
                    ahead = scored;
                    break;
                }
            }
        }
        return counting.counting(theirs);
    }
}
