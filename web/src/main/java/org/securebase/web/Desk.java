package org.securebase.web;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.delivery.DeliveredQuestion;
import org.securebase.quiz.delivery.DeliveredQuiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;

/**
 * One trainee at the workshop: their sitting while they answer, their scored attempt once
 * submitted, and the questions they flagged (flags live in memory only: they are a reading aid,
 * not an answer). Callers hold the desk's lock while they use it, so two tabs of one trainee
 * take turns.
 *
 * @since 0.2
 */
final class Desk {
    private final String traineeId;
    private final String name;
    private final DeliveredQuiz delivered;
    private final List<DeliveredQuestion> questions;
    private final List<DeliveredQuiz.Block> blocks;
    private final Set<QuestionRef> flagged = new HashSet<>();
    private Sitting sitting;
    private ScoredAttempt scored;
    private boolean endedByClock;

    /**
     * @param traineeId the trainee
     * @param name their name
     * @param delivered the quiz as their variant shows it
     * @param sitting their sitting, or null when they have submitted
     * @param scored their scored attempt, or null while they answer
     */
    Desk(String traineeId, String name, DeliveredQuiz delivered, Sitting sitting, ScoredAttempt scored) {
        this.traineeId = traineeId;
        this.name = name;
        this.sitting = sitting;
        this.scored = scored;
        this.delivered = delivered;
        this.blocks = delivered.sections().stream().flatMap(s -> s.blocks().stream()).toList();
        this.questions = blocks.stream().flatMap(b -> b.questions().stream()).toList();
    }

    String traineeId() {
        return traineeId;
    }

    String name() {
        return name;
    }

    DeliveredQuiz delivered() {
        return delivered;
    }

    List<DeliveredQuestion> questions() {
        return questions;
    }

    List<DeliveredQuiz.Block> blocks() {
        return blocks;
    }

    /** @return the sitting while the trainee answers; empty once submitted */
    Optional<Sitting> sitting() {
        return Optional.ofNullable(sitting);
    }

    /** @return the scored attempt once submitted */
    Optional<ScoredAttempt> scored() {
        return Optional.ofNullable(scored);
    }

    boolean endedByClock() {
        return endedByClock;
    }

    void answered(Sitting next) {
        this.sitting = next;
    }

    void submitted(ScoredAttempt result, boolean byClock) {
        this.scored = result;
        this.sitting = null;
        this.endedByClock = byClock;
    }

    boolean flagged(QuestionRef ref) {
        return flagged.contains(ref);
    }

    void toggleFlag(QuestionRef ref) {
        if (!flagged.remove(ref)) {
            flagged.add(ref);
        }
    }

    long flaggedCount() {
        return flagged.size();
    }

    /** @return the question with this number (1-based), if there is one */
    Optional<DeliveredQuestion> question(int number) {
        return number >= 1 && number <= questions.size() ? Optional.of(questions.get(number - 1)) : Optional.empty();
    }

    /** @return the number (1-based) of the case a question belongs to */
    int caseOf(DeliveredQuestion q) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).questions().contains(q)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(q.ref() + " is in no case of the delivery");
    }

    /** @return the answer that counts for a question now, if any */
    Optional<Answer> answerTo(QuestionRef ref) {
        return sitting == null ? Optional.empty() : sitting.answerTo(ref);
    }

    /** @return how many responses to the question are stored: its sequence number */
    int seq(QuestionRef ref) {
        return sitting == null ? 0
                : (int) sitting.attempt().responses().stream().filter(r -> r.ref().equals(ref)).count();
    }

    long answeredCount() {
        return sitting == null ? 0 : sitting.order().stream().filter(r -> sitting.answerTo(r).isPresent()).count();
    }

    /** @return whether the time limit has run out while the trainee still answers */
    boolean expired(Instant now) {
        return sitting != null && sitting.expired(now);
    }
}
