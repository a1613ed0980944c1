package org.securebase.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.delivery.NoAttemptsLeftException;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;

/**
 * Everyone at the workshop, one {@link Desk} per trainee, and what happens at a desk: joining
 * (resuming the attempt in progress, as {@code take} does), answering with the stale-tab check,
 * the time limit on the server's clock (with any extra time the instructor granted), and
 * submitting once.
 *
 * @since 0.2
 */
final class Attendance {
    private final Delivery delivery;
    private final Map<String, Desk> desks = new ConcurrentHashMap<>();

    Attendance(Delivery delivery) {
        this.delivery = delivery;
    }

    /**
     * The trainee's desk: the one already open in this server, or their attempt in progress
     * resumed or started. A trainee with no attempt left sees their last result.
     *
     * @param who the trainee
     * @return their desk
     */
    Desk join(Joiner who) {
        Desk known = desks.get(who.id());
        if (known != null) {
            return known;
        }
        synchronized (this) {
            return desks.computeIfAbsent(who.id(), id -> open(who));
        }
    }

    private Desk open(Joiner who) {
        try {
            Sitting s = delivery.join(who);
            return new Desk(who.id(), who.name(), s.delivered(), s, null);
        } catch (NoAttemptsLeftException e) {
            ScoredAttempt last = delivery.lastSubmitted(who.id()).orElseThrow(() ->
                    new HttpRefusal(409, "No attempt left", "You have no attempt left at this quiz."));
            return new Desk(who.id(), who.name(), delivery.delivered(last), null, last);
        }
    }

    /** @return the desk of a trainee who joined, if any */
    Optional<Desk> desk(String traineeId) {
        return Optional.ofNullable(traineeId == null ? null : desks.get(traineeId));
    }

    /** @return every desk, in no particular order */
    List<Desk> all() {
        return new ArrayList<>(desks.values());
    }

    /** @return the server's time */
    Instant now() {
        return delivery.now();
    }

    /**
     * Submits the sitting when its time limit has run out, as {@code take} does before it reads
     * the next answer. Call with the desk's lock held.
     *
     * @param desk a desk
     */
    void settle(Desk desk) {
        if (expired(desk)) {
            desk.submitted(delivery.submit(desk.sitting().orElseThrow()), true);
        }
    }

    /**
     * Records an answer, or clears it when {@code answer} is empty, unless the trainee's page was
     * stale (another tab saved a newer answer since) or the attempt is submitted. An answer that
     * is the one already saved is not recorded again. When the time limit has run out the answer
     * goes to the engine (which keeps it late and uncounted) and the sitting is submitted.
     *
     * @param desk the trainee's desk, its lock held
     * @param ref the question
     * @param answer the answer in written positions, or empty to clear
     * @param seq the sequence number the trainee's page showed
     * @return whether the answer counts
     * @throws HttpRefusal when submitted (409) or stale (409, {@link Stale})
     */
    boolean answer(Desk desk, QuestionRef ref, Optional<Answer> answer, int seq) {
        if (desk.scored().isPresent()) {
            throw new HttpRefusal(409, "Already submitted", "Your quiz is submitted: answers can no longer change.");
        }
        if (seq != desk.seq(ref)) {
            throw new Stale();
        }
        Optional<Answer> saved = desk.answerTo(ref);
        boolean late = expired(desk);
        if (!saved.equals(answer)) {
            Sitting s = desk.sitting().orElseThrow();
            desk.answered(answer.isPresent() ? delivery.answer(s, ref, answer.get()) : delivery.clear(s, ref));
        }
        boolean counts = desk.answerTo(ref).equals(answer);
        if (late) {
            settle(desk);
        }
        return counts && !late;
    }

    /**
     * Submits the attempt; a second submit changes nothing and gives the same result.
     *
     * @param desk the trainee's desk, its lock held
     * @return the scored attempt
     */
    ScoredAttempt submit(Desk desk) {
        Optional<ScoredAttempt> done = desk.scored();
        if (done.isPresent()) {
            return done.get();
        }
        boolean late = expired(desk);
        desk.submitted(delivery.submit(desk.sitting().orElseThrow()), late);
        return desk.scored().orElseThrow();
    }

    /**
     * Gives the trainee at this desk more time: stored at once, so the new deadline holds after a
     * restart and in every process on the same store; the desk's sitting shows it from now on.
     *
     * @param desk the trainee's desk, its lock held
     * @param minutes the minutes to add
     * @throws HttpRefusal (409) when the trainee has already submitted
     */
    void extend(Desk desk, int minutes) {
        if (desk.scored().isPresent()) {
            throw new HttpRefusal(409, "Already submitted", desk.name() + (desk.endedByClock()
                    ? "'s time ran out before more was given, and the attempt is submitted."
                    : " has submitted: there is no time left to extend."));
        }
        desk.answered(delivery.extend(desk.traineeId(), minutes));
    }

    /**
     * Whether the desk's time is up, by the deadline stored for its attempt now: a sitting that
     * looks expired is read again first, since more time may have been granted since it was read
     * (by another server on the same store, say). Call with the desk's lock held.
     */
    private boolean expired(Desk desk) {
        if (!desk.expired(now())) {
            return false;
        }
        desk.answered(delivery.current(desk.sitting().orElseThrow()));
        return desk.expired(now());
    }

    /** A page was saved from a stale tab: a newer answer to the question is stored. */
    static final class Stale extends HttpRefusal {
        private static final long serialVersionUID = 1L;

        Stale() {
            super(409, "A newer answer is saved", "This question was answered in another tab or device since this page"
                    + " was shown; here is the answer saved last. Change it again if you want.");
        }
    }
}
