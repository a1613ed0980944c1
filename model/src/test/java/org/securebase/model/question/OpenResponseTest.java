package org.securebase.model.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.model.ModelFixtures.anyOpenResponse;
import static org.securebase.model.ModelFixtures.anyRubric;
import static org.securebase.model.ModelFixtures.concepts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;

class OpenResponseTest {

    private static RubricCriterion criterion(String id, int points, RubricLevel... levels) {
        return new RubricCriterion(id, "Judged", points, List.of(levels));
    }

    @Test
    void rubricPointsAreTheSumOfItsCriteriaTopLevels() {
        assertEquals(4, anyRubric().points());
        assertEquals(4, anyOpenResponse("q5").points());
    }

    @Test
    void rejectsACriterionWhoseLevelsDoNotRise() {
        ModelException e = assertThrows(ModelException.class, () -> criterion("pace", 2,
                new RubricLevel(0, "a"), new RubricLevel(2, "b"), new RubricLevel(2, "c")));
        assertEquals("levels of criterion pace must rise in points: level 3 has 2 after 2", e.getMessage());
    }

    @Test
    void rejectsACriterionWhosePointsAreNotItsTopLevel() {
        ModelException e = assertThrows(ModelException.class, () -> criterion("pace", 3,
                new RubricLevel(0, "a"), new RubricLevel(2, "b")));
        assertEquals("criterion pace is worth 3 points but its top level has 2", e.getMessage());
    }

    @Test
    void rejectsACriterionWithOneLevel() {
        ModelException e = assertThrows(ModelException.class, () -> criterion("pace", 1, new RubricLevel(1, "a")));
        assertEquals("criterion pace needs at least 2 levels, has 1", e.getMessage());
    }

    @Test
    void rejectsNegativeLevelPoints() {
        ModelException e = assertThrows(ModelException.class, () -> new RubricLevel(-1, "a"));
        assertEquals("points of a rubric level must be ≥ 0, was -1", e.getMessage());
    }

    @Test
    void rejectsARubricNamingACriterionTwice() {
        RubricCriterion c = criterion("pace", 1, new RubricLevel(0, "a"), new RubricLevel(1, "b"));
        ModelException e = assertThrows(ModelException.class, () -> new Rubric(List.of(c, c)));
        assertEquals("a rubric names the criterion 'pace' twice", e.getMessage());
    }

    @Test
    void rejectsAnEmptyRubric() {
        ModelException e = assertThrows(ModelException.class, () -> new Rubric(List.of()));
        assertEquals("a rubric needs at least one criterion", e.getMessage());
    }

    @Test
    void rejectsAMaximumLengthBelowOne() {
        ModelException e = assertThrows(ModelException.class, () -> new OpenResponse("q5", 2, concepts("emotion.primary"),
                null, "Write.", null, 0, null, null));
        assertEquals("max-length of question q5 must be ≥ 1, was 0", e.getMessage());
    }

    @Test
    void blankDescriptorsAndModelAnswersCountAsNone() {
        RubricCriterion c = criterion("pace", 1, new RubricLevel(0, " "), new RubricLevel(1, "b"));
        assertEquals(List.of(1), c.undescribedLevels());
        OpenResponse q = new OpenResponse("q5", 2, concepts("emotion.primary"), null, "Write.", "  ", null, null, null);
        assertTrue(q.model().isEmpty());
        assertTrue(q.criteria().isEmpty());
        assertTrue(q.limit().isEmpty());
    }

    @Test
    void levelsAreFoundByOneBasedPosition() {
        RubricCriterion c = anyRubric().criteria().get(0);
        assertEquals(1, c.level(2).orElseThrow().points());
        assertTrue(c.level(0).isEmpty());
        assertTrue(c.level(4).isEmpty());
    }

    @Test
    void dispatchesToTheOpenResponseMethodOfAVisitor() {
        assertEquals("open-response", anyOpenResponse("q5").typeName());
        assertEquals(0, QuestionLayout.places(anyOpenResponse("q5")));
        assertTrue(ChoiceOptions.of(anyOpenResponse("q5")).isEmpty());
    }

    @Test
    void answerSpaceGivesALineForEverySixtyCharactersWithinBounds() {
        assertEquals(7, AnswerSpace.lines(withLimit(400)));
        assertEquals(3, AnswerSpace.lines(withLimit(10)));
        assertEquals(40, AnswerSpace.lines(withLimit(100_000)));
        assertEquals(12, AnswerSpace.lines(withLimit(null)));
    }

    private static OpenResponse withLimit(Integer limit) {
        return new OpenResponse("q5", 2, concepts("emotion.primary"), null, "Write.", null, limit, null, null);
    }
}
