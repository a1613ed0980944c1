package org.securebase.scenarios.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.Difficulty;
import org.securebase.model.vignette.Format;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Progress;

/** Counts of the acceptance vignette, computed by hand from the file. */
class CoverageTest {
    static Coverage ofExample() {
        return Coverage.of(ContentLoader.standard().load(List.of(Path.of("src/test/resources/formats/vignette-example.xml")),
                Progress.NONE).library());
    }

    @Test
    void countsQuestionsPerTypeFormatAndDifficulty() {
        Coverage c = ofExample();
        assertEquals(4, c.questions());
        assertEquals(List.of(1, 1, 1, 1), List.copyOf(c.byType().values()));
        assertEquals(4, c.byFormat().get(Format.COUPLE));
        assertEquals(0, c.byFormat().get(Format.FAMILY));
        assertEquals(4, c.byDifficulty().get(Difficulty.INTRODUCTORY));
    }

    @Test
    void countsAQuestionOncePerGroupItTouches() {
        Coverage c = ofExample();
        // q1 cycle; q2 emotion (two ids, one group); q3 eft.stage + eft.step; q4 position + strategy
        assertEquals(1, c.byGroup().get(ConceptGroup.CYCLE));
        assertEquals(1, c.byGroup().get(ConceptGroup.EMOTION));
        assertEquals(1, c.byGroup().get(ConceptGroup.EFT_STEP));
        assertEquals(1, c.byGroup().get(ConceptGroup.POSITION));
        assertEquals(0, c.byGroup().get(ConceptGroup.STYLE));
        assertEquals(17, c.byGroup().size());
    }

    @Test
    void listsEveryConceptWithZeroWhereNothingAssessesIt() {
        Coverage c = ofExample();
        assertEquals(1, c.byConcept().get(ConceptId.of("eft.step.3")));
        assertEquals(0, c.byConcept().get(ConceptId.of("style.secure")));
        // 83 ids; the example tags 2 + 1 + 5 + 4 = 12 distinct ids
        assertEquals(c.byConcept().size() - 12, c.unassessed().size());
        assertTrue(c.unassessed().contains(ConceptId.of("intervention.slowing-down")));
    }
}
