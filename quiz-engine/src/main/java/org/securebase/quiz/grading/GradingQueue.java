package org.securebase.quiz.grading;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.StoredRating;
import org.securebase.quiz.store.StoredResponse;

/**
 * Which open answers a grader has still to rate, in the order they are shown: blind (no trainee
 * in them) and shuffled for each grader, so two graders do not meet the same answers in the same
 * order and no one grades a trainee's answers one after another. A first grader gets every answer
 * without a first rating. A second grader gets the share of answers drawn for agreement
 * (the same share for every second grader: an answer is drawn when a hash of its attempt and
 * question falls under the share) that have a first rating by someone else and no second one.
 * Late responses do not count and are not graded.
 *
 * @since 0.3
 */
public final class GradingQueue {
    /** The share of answers drawn for a second rating unless another is asked for, in percent. */
    public static final int DEFAULT_SECOND_SHARE = 20;

    private GradingQueue() {
    }

    /**
     * The answers still to rate, in this grader's order.
     *
     * @param quiz the quiz
     * @param attempts its submitted attempts as stored
     * @param ratings the ratings in force for it
     * @param grader who grades
     * @param role {@link RatingRole#FIRST} or {@link RatingRole#SECOND}
     * @param secondShare the percentage of answers drawn for a second rating, 1 to 100
     */
    public static List<Ungraded> of(Quiz quiz, List<MarkedAttempt> attempts, List<StoredRating> ratings, String grader,
                                    RatingRole role, int secondShare) {
        Checks.text(grader, "grader");
        if (role == RatingRole.THIRD) {
            throw new ModelException("a grading queue gives first or second ratings; third ratings resolve the"
                    + " disagreements the agreement report lists");
        }
        if (secondShare < 1 || secondShare > 100) {
            throw new ModelException("the share of answers rated twice must be 1 to 100 %, was " + secondShare);
        }
        Map<QuestionRef, OpenResponse> questions = Grades.openResponses(quiz);
        Map<QuestionRef, LibraryQuestion> open = new HashMap<>();
        for (LibraryQuestion lq : quiz.questions()) {
            if (questions.containsKey(lq.ref())) {
                open.put(lq.ref(), lq);
            }
        }
        Map<String, StoredRating> rated = new HashMap<>();
        ratings.forEach(r -> rated.put(key(r.attemptId(), r.question(), RatingRole.of(r.role())), r));
        List<Ungraded> out = new ArrayList<>();
        for (MarkedAttempt a : attempts) {
            for (var marked : a.responses()) {
                StoredResponse r = marked.response();
                LibraryQuestion lq = open.get(r.question());
                if (lq == null || r.late()) {
                    continue;
                }
                Answer answer = Answer.parse(r.answer());
                String text = answer.as(Answer.Text.class).map(Answer.Text::text).orElse(null);
                if (text == null || !wanted(a.id(), r.question(), rated, grader, role, secondShare)) {
                    continue;
                }
                out.add(new Ungraded(a.id(), r.question(), lq.vignette(), questions.get(r.question()), text, role));
            }
        }
        out.sort(Comparator.comparing((Ungraded u) -> hash(grader + "|" + u.attemptId() + "|" + u.ref()))
                .thenComparing(Ungraded::attemptId).thenComparing(Ungraded::ref));
        return out;
    }

    private static boolean wanted(long attempt, QuestionRef ref, Map<String, StoredRating> rated, String grader,
                                  RatingRole role, int share) {
        if (role == RatingRole.FIRST) {
            return !rated.containsKey(key(attempt, ref, RatingRole.FIRST));
        }
        StoredRating first = rated.get(key(attempt, ref, RatingRole.FIRST));
        return drawnForSecond(attempt, ref, share) && first != null && !first.grader().equals(grader)
                && !rated.containsKey(key(attempt, ref, RatingRole.SECOND));
    }

    /** Whether the answer is in the share drawn for a second rating: the same for every grader. */
    public static boolean drawnForSecond(long attempt, QuestionRef ref, int share) {
        return Math.floorMod(hash("second|" + attempt + "|" + ref), 100) < share;
    }

    private static String key(long attempt, QuestionRef ref, RatingRole role) {
        return attempt + " " + ref + " " + role.text();
    }

    /** The first 8 bytes of SHA-256 of the text, as a long: stable across runs and JDKs. */
    private static long hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = h << 8 | (d[i] & 0xff);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
