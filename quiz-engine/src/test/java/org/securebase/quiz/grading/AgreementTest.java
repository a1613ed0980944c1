package org.securebase.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.OpenResponseFixtures;

/** The agreement figures of docs/grading.md's worked example, computed by hand there, and kappa's bounds. */
class AgreementTest {
    static final OpenResponse Q = OpenResponseFixtures.anyOpenResponse(400);
    static final QuestionRef REF = OpenResponseFixtures.OPEN;
    static final Instant AT = Instant.parse("2026-03-02T12:00:00Z");

    static Rating rating(long attempt, String grader, RatingRole role, int emotion, int pace) {
        return new Rating(attempt, REF, grader, role, Map.of("emotion", emotion, "pace", pace), null, AT);
    }

    /** Five answers rated by Ines (first) and Tom (second): the table in docs/grading.md. */
    static List<Rating> workedExample() {
        int[][] levels = {{3, 3, 1, 1}, {2, 3, 2, 2}, {1, 1, 3, 3}, {2, 2, 1, 3}, {3, 2, 2, 2}};
        List<Rating> out = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            out.add(rating(i + 1, "Ines", RatingRole.FIRST, levels[i][0], levels[i][2]));
            out.add(rating(i + 1, "Tom", RatingRole.SECOND, levels[i][1], levels[i][3]));
        }
        return out;
    }

    @Test
    void theWorkedExampleGivesTheFiguresComputedByHand() {
        Agreement.Report r = Agreement.of(Map.of(REF, Q), workedExample());
        Agreement.Figures emotion = r.criteria().get(0);
        assertEquals("couple-late-text#q5/emotion", emotion.criterion());
        assertEquals(5, emotion.pairs());
        assertEquals(0.6, emotion.exact(), 1e-12);
        assertEquals(1.0, emotion.adjacent(), 1e-12);
        assertEquals(9.0 / 14, emotion.kappa().orElseThrow(), 1e-12);
        Agreement.Figures pace = r.criteria().get(1);
        assertEquals(0.8, pace.exact(), 1e-12);
        assertEquals(0.8, pace.adjacent(), 1e-12);
        assertEquals(0.375, pace.kappa().orElseThrow(), 1e-12);
        assertEquals(10, r.overall().pairs());
        assertEquals(0.7, r.overall().exact(), 1e-12);
        assertEquals(0.9, r.overall().adjacent(), 1e-12);
        assertEquals(0.5, r.overall().kappa().orElseThrow(), 1e-12);
    }

    @Test
    void listsEveryDisagreementAndFlagsThoseMoreThanALevelApart() {
        List<Agreement.Disagreement> d = Agreement.of(Map.of(REF, Q), workedExample()).disagreements();
        assertEquals(List.of("2 emotion 2/3", "4 pace 1/3", "5 emotion 3/2"), d.stream()
                .map(x -> x.attemptId() + " " + x.criterion() + " " + x.firstLevel() + "/" + x.secondLevel()).toList());
        assertEquals(List.of(false, true, false), d.stream().map(Agreement.Disagreement::needsThirdRating).toList());
    }

    @Test
    void kappaIsUndefinedWhenBothGradersAlwaysGiveOneLevel() {
        List<Rating> same = List.of(rating(1, "Ines", RatingRole.FIRST, 2, 2), rating(1, "Tom", RatingRole.SECOND, 2, 2),
                rating(2, "Ines", RatingRole.FIRST, 2, 2), rating(2, "Tom", RatingRole.SECOND, 2, 2));
        Agreement.Report r = Agreement.of(Map.of(REF, Q), same);
        assertFalse(r.overall().kappa().isPresent());
        assertEquals(1.0, r.overall().exact(), 1e-12);
    }

    @Test
    void answersWithOneRatingAndThirdRatingsAreLeftOut() {
        List<Rating> ratings = new ArrayList<>(workedExample());
        ratings.add(rating(6, "Ines", RatingRole.FIRST, 1, 1));
        ratings.add(rating(4, "Ana", RatingRole.THIRD, 2, 2));
        assertEquals(10, Agreement.of(Map.of(REF, Q), ratings).overall().pairs());
    }

    @Property
    void kappaNeverExceedsOneAndIsOneForPerfectAgreement(
            @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 1, max = 3) Integer> first,
            @ForAll @Size(min = 2, max = 12) List<@IntRange(min = 1, max = 3) Integer> second) {
        int n = Math.min(first.size(), second.size());
        List<Rating> ratings = new ArrayList<>();
        List<Rating> agreeing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ratings.add(rating(i, "A", RatingRole.FIRST, first.get(i), 1));
            ratings.add(rating(i, "B", RatingRole.SECOND, second.get(i), 1));
            agreeing.add(rating(i, "A", RatingRole.FIRST, first.get(i), 1));
            agreeing.add(rating(i, "B", RatingRole.SECOND, first.get(i), 1));
        }
        Agreement.Figures emotion = Agreement.of(Map.of(REF, Q), ratings).criteria().get(0);
        emotion.kappa().ifPresent(k -> assertTrue(k <= 1 + 1e-12, "kappa " + k));
        assertTrue(emotion.adjacent() >= emotion.exact());
        Agreement.of(Map.of(REF, Q), agreeing).criteria().get(0).kappa()
                .ifPresent(k -> assertEquals(1.0, k, 1e-12));
    }
}
