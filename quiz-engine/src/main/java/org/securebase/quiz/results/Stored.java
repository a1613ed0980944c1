package org.securebase.quiz.results;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.AttemptHeader;
import org.securebase.quiz.delivery.AttemptId;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.SubmittedAttempt;
import org.securebase.quiz.grading.Grades;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Mark;
import org.securebase.quiz.scoring.InvalidAnswerException;
import org.securebase.quiz.scoring.ScoreReport;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.MarkedResponse;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoreException;
import org.securebase.quiz.store.StoredAttempt;
import org.securebase.quiz.store.StoredScore;

/**
 * Turns the store's opaque attempts and responses into the engine's and back: an answer is kept
 * as {@link Answer#encode()}, a cleared answer as the empty text; a score as its points, maximum
 * and pass.
 */
final class Stored {
    private Stored() {
    }

    static org.securebase.quiz.store.StoredResponse response(Response r, boolean late) {
        return new org.securebase.quiz.store.StoredResponse(r.ref(), r.clears() ? "" : r.answer().encode(), r.at(), late);
    }

    /** The engine's responses of a stored attempt, in time order (the store keeps them in the order first given). */
    static List<Response> responses(long attemptId, List<org.securebase.quiz.store.StoredResponse> stored) {
        List<Response> out = new ArrayList<>(stored.size());
        for (org.securebase.quiz.store.StoredResponse s : stored) {
            out.add(new Response(s.question(), answer(attemptId, s), s.answeredAt()));
        }
        out.sort(Comparator.comparing(Response::at));
        return out;
    }

    private static Answer answer(long attemptId, org.securebase.quiz.store.StoredResponse s) {
        if (s.answer().isBlank()) {
            return null;
        }
        try {
            return Answer.parse(s.answer());
        } catch (InvalidAnswerException e) {
            throw new StoreException(StoreException.Kind.INCOMPATIBLE, "attempt " + attemptId + " holds the answer '"
                    + s.answer() + "' to " + s.question() + ", which this SecureBase cannot read: " + e.getMessage(), e);
        }
    }

    /** The later of two times. */
    static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static ModelException nothingCounts(String quizId) {
        return new ModelException("every question of quiz " + quizId + " is voided: no attempt can be scored;"
                + " re-key a question to bring it back");
    }

    /** The header of a stored attempt: its id, trainee, number, quiz, variant, start and time extension. */
    static AttemptHeader header(Quiz quiz, StoredAttempt a) {
        return new AttemptHeader(Optional.of(AttemptId.of(a.id())), a.traineeId(), a.number(), quiz,
                VariantCodes.require(quiz, a.traineeId(), a.variantCode()), a.startedAt(),
                Duration.ofMinutes(a.extraMinutes()));
    }

    /** A stored submitted attempt as the engine holds it, ready to score under any key. */
    static SubmittedAttempt submitted(Quiz quiz, MarkedAttempt s) {
        List<Response> responses = responses(s.id(), s.responses().stream().map(MarkedResponse::response).toList());
        return new SubmittedAttempt(header(quiz, s), responses, s.submittedAt());
    }

    /** The marks of the quiz's graded open answers, by attempt; nothing is read for a quiz without open responses. */
    static Map<Long, Map<QuestionRef, Mark>> gradersMarks(ResultStore store, Quiz quiz) {
        return Grades.openResponses(quiz).isEmpty() ? Map.of() : Grades.marks(quiz, store.ratingsOf(quiz.id()));
    }

    /** A stored attempt scored under the key, its open answers by the graders' marks. */
    static ScoredAttempt scored(Quiz quiz, AnswerKey key, Map<Long, Map<QuestionRef, Mark>> marks, MarkedAttempt s) {
        return submitted(quiz, s).score(key, marks.getOrDefault(s.id(), Map.of()));
    }

    /** The mark of every question the attempt has a response to. */
    static Map<QuestionRef, Double> marks(ScoredAttempt attempt) {
        Map<QuestionRef, Double> out = new HashMap<>();
        for (Response r : attempt.responses()) {
            out.put(r.ref(), attempt.report().question(r.ref()).orElseThrow().earned());
        }
        return out;
    }

    /** The score to store, provisional while an open answer awaits grading; refused when every question is voided. */
    static StoredScore score(String quizId, ScoreReport report) {
        if (report.possible() == 0) {
            throw nothingCounts(quizId);
        }
        double points = Math.min(report.earned(), report.possible());
        return report.awaitingGrading() ? StoredScore.awaiting(points, report.possible())
                : StoredScore.of(points, report.possible(), report.passed());
    }

    static boolean sameScore(StoredScore a, StoredScore b) {
        return Math.abs(a.points() - b.points()) < 1e-12 && a.max() == b.max() && a.passed() == b.passed()
                && a.awaitingGrading() == b.awaitingGrading();
    }
}
