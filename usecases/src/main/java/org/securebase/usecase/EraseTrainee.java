package org.securebase.usecase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.variant.Variant;
import org.securebase.quiz.store.Erasure;
import org.securebase.quiz.store.InactiveTrainee;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoredAttempt;

/**
 * Erases trainees at their request or by the retention rule: each one's name, e-mail, licence
 * and jurisdiction deleted and their id replaced by a pseudonym in one transaction, their marks
 * kept anonymous (so item statistics do not change), and an audit record of the erasure kept
 * ({@link ResultStore#erase}). Retention first lists who would go, so an interface can show it
 * before anything is erased.
 *
 * @since 0.5
 */
public final class EraseTrainee {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store, which must exist
     * @param clock the time of each erasure
     */
    public EraseTrainee(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * An erasure as done: what the audit record keeps.
     *
     * @param pseudonym the random id that now stands for the trainee
     * @param attempts how many attempts were re-labelled
     * @param certificates how many certificates were re-labelled and lost their printed fields
     * @param reason why, as kept
     */
    public record Erased(String pseudonym, int attempts, int certificates, String reason) {
        static Erased of(Erasure e) {
            return new Erased(e.pseudonym(), e.attempts(), e.certificates(), e.reason());
        }
    }

    /**
     * A trainee the retention rule would erase.
     *
     * @param traineeId their id
     * @param lastActivity their last attempt started or submitted, or certificate issued; null when none
     * @param attempts how many attempts they made
     */
    public record Idle(String traineeId, Instant lastActivity, int attempts) {
        static Idle of(InactiveTrainee t) {
            return new Idle(t.traineeId(), t.lastActivity(), t.attempts());
        }
    }

    /**
     * Erases one trainee.
     *
     * @param traineeId the trainee
     * @param reason why (the request it answers)
     * @return the audit record of the erasure
     * @throws Refusal when no reason is given
     * @throws org.securebase.quiz.store.StoreException (refused) for an unknown or already erased trainee
     */
    public Erased erase(String traineeId, String reason) {
        requireReason(reason);
        try (ResultStore store = workspace.openExisting()) {
            return Erased.of(erase(store, traineeId, reason.strip()));
        }
    }

    /**
     * @param since the cut-off
     * @return the trainees with no activity since the cut-off, who {@link #purge} would erase
     */
    public List<Idle> inactiveSince(Instant since) {
        Checks.present(since, "retention cut-off");
        try (ResultStore store = workspace.openExisting()) {
            return store.inactiveSince(since).stream().map(Idle::of).toList();
        }
    }

    /**
     * Erases the trainees with no activity since the cut-off, each in its own transaction (an
     * interruption leaves every trainee either erased or untouched).
     *
     * @param since the cut-off
     * @param reason why, kept in each audit record
     * @return the audit records, by erased id's order
     */
    public List<Erased> purge(Instant since, String reason) {
        requireReason(reason);
        List<Erased> out = new ArrayList<>();
        try (ResultStore store = workspace.openExisting()) {
            for (InactiveTrainee t : store.inactiveSince(since)) {
                out.add(Erased.of(erase(store, t.traineeId(), reason.strip())));
            }
        }
        return out;
    }

    /**
     * Erases under a new pseudonym; an attempt at the trainee's own variant (whose code derives
     * from their id) is given the pseudonym's variant of the same quiz, so the results still
     * read. Answers are kept as authored, so no mark or score changes; a handout's code stays.
     */
    private Erasure erase(ResultStore store, String traineeId, String reason) {
        String pseudonym = ResultStore.newPseudonym();
        Map<Long, String> codes = new HashMap<>();
        FrozenQuizzes quizzes = new FrozenQuizzes(store);
        store.traineeRecord(traineeId).ifPresent(record -> {
            for (StoredAttempt a : record.attempts()) {
                Quiz quiz = quizzes.require(a.quizId());
                boolean own = Variant.forTrainee(quiz, traineeId).code()
                        .equals(a.variantCode().strip().toUpperCase(Locale.ROOT));
                codes.put(a.id(), own ? Variant.forTrainee(quiz, pseudonym).code() : a.variantCode());
            }
        });
        return store.erase(traineeId, pseudonym, codes, reason, clock.instant());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("give the reason for the erasure with --reason TEXT (the request it answers); nothing was erased");
        }
    }
}
