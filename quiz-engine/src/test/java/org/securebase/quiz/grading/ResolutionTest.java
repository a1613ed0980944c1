package org.securebase.quiz.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.question.OpenResponse;
import org.securebase.quiz.OpenResponseFixtures;
import org.securebase.quiz.scoring.Mark;

/** The resolution policy of docs/grading.md: none awaits, one decides, two average, a third decides alone. */
class ResolutionTest {
    static final OpenResponse Q = OpenResponseFixtures.anyOpenResponse(400);
    static final Instant AT = Instant.parse("2026-03-02T12:00:00Z");

    static Rating rating(String grader, RatingRole role, int emotion, int pace, String comment) {
        return new Rating(7, OpenResponseFixtures.OPEN, grader, role, Map.of("emotion", emotion, "pace", pace), comment, AT);
    }

    @Test
    void anAnswerWithoutRatingsAwaitsGrading() {
        assertTrue(Resolution.of(Q, List.of()).isEmpty());
    }

    @Test
    void oneRatingIsTheMark() {
        Mark m = Resolution.of(Q, List.of(rating("Ines", RatingRole.FIRST, 3, 2, "Names the fear."))).orElseThrow();
        assertEquals(3, m.points());
        assertEquals(Map.of("emotion", 2.0, "pace", 1.0), m.byCriterion());
        assertEquals(List.of("Names the fear."), m.comments());
        assertEquals(Mark.Decision.SINGLE_RATING, m.decidedBy());
    }

    @Test
    void twoRatingsAverageCriterionByCriterion() {
        Mark m = Resolution.of(Q, List.of(rating("Ines", RatingRole.FIRST, 3, 2, null),
                rating("Tom", RatingRole.SECOND, 2, 2, "Close."))).orElseThrow();
        assertEquals(2.5, m.points(), 1e-12);
        assertEquals(Map.of("emotion", 1.5, "pace", 1.0), m.byCriterion());
        assertEquals(Mark.Decision.MEAN_OF_TWO, m.decidedBy());
    }

    @Test
    void twoRatingsMoreThanALevelApartWaitForAThird() {
        assertTrue(Resolution.of(Q, List.of(rating("Ines", RatingRole.FIRST, 3, 1, null),
                rating("Tom", RatingRole.SECOND, 1, 1, null))).isEmpty());
    }

    @Test
    void aThirdRatingDecidesAlone() {
        Mark m = Resolution.of(Q, List.of(rating("Ines", RatingRole.FIRST, 3, 3, null),
                rating("Tom", RatingRole.SECOND, 1, 1, null), rating("Ana", RatingRole.THIRD, 2, 3, null))).orElseThrow();
        assertEquals(3, m.points(), 1e-12);
        assertEquals(Mark.Decision.THIRD_RATING, m.decidedBy());
    }

    @Test
    void refusesARatingOfALevelTheCriterionDoesNotHave() {
        ModelException e = assertThrows(ModelException.class,
                () -> Resolution.of(Q, List.of(rating("Ines", RatingRole.FIRST, 4, 1, null))));
        assertEquals("a rating of couple-late-text#q5 gives level 4 for criterion emotion, which has 3 levels", e.getMessage());
    }

    @Test
    void aQuestionWithoutRubricIsRatedAsAWhole() {
        OpenResponse bare = new OpenResponse("q5", 3, Q.concepts(), null, "Write.", null, null, null, null);
        Rating r = new Rating(7, OpenResponseFixtures.OPEN, "Ines", RatingRole.FIRST, Map.of(Criteria.HOLISTIC, 3), null, AT);
        assertEquals(2, Resolution.of(bare, List.of(r)).orElseThrow().points());
        assertEquals(4, Criteria.of(bare).criteria().get(0).levels().size());
    }
}
