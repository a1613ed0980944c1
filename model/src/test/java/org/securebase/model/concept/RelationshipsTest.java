package org.securebase.model.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipsTest {
    private final ConceptCatalogue catalogue = ConceptCatalogue.standard();

    @Test
    void placesEachStyleOnBothDimensionsAsTheContractSays() {
        assertEquals(AttachmentStyle.SECURE, AttachmentStyle.at(Level.LOW, Level.LOW));
        assertEquals(AttachmentStyle.ANXIOUS, AttachmentStyle.at(Level.HIGH, Level.LOW));
        assertEquals(AttachmentStyle.AVOIDANT, AttachmentStyle.at(Level.LOW, Level.HIGH));
        assertEquals(AttachmentStyle.DISORGANIZED, AttachmentStyle.at(Level.HIGH, Level.HIGH));
        assertEquals(Level.HIGH, AttachmentStyle.ANXIOUS.on(Dimension.ANXIETY));
        assertEquals(Level.HIGH, AttachmentStyle.AVOIDANT.on(Dimension.AVOIDANCE));
    }

    @Test
    void linksAnxiousToHyperactivatingAndAvoidantToDeactivating() {
        assertEquals(ProtectiveStrategy.HYPERACTIVATING, AttachmentStyle.ANXIOUS.strategy());
        assertEquals(ProtectiveStrategy.DEACTIVATING, AttachmentStyle.AVOIDANT.strategy());
        assertTrue(AttachmentStyle.SECURE.strategy().concept().isEmpty());
    }

    @Test
    void putsStepsOneToFourInStageOneAndEightNineInStageThree() {
        assertEquals(List.of(1, 2, 3, 4), EftStage.DE_ESCALATION.steps().stream().map(EftStep::number).toList());
        assertEquals(List.of(5, 6, 7), EftStage.RESTRUCTURING.steps().stream().map(EftStep::number).toList());
        assertEquals(List.of(8, 9), EftStage.CONSOLIDATION.steps().stream().map(EftStep::number).toList());
    }

    @Test
    void givesEachCycleTheTwoPartnersPositions() {
        assertEquals(List.of(CyclePosition.PURSUER, CyclePosition.WITHDRAWER), NegativeCycle.PURSUE_WITHDRAW.positions());
        assertEquals(List.of(CyclePosition.WITHDRAWER, CyclePosition.WITHDRAWER), NegativeCycle.WITHDRAW_WITHDRAW.positions());
    }

    @Test
    void everyConceptNamedByTheRelationshipsIsInTheCatalogue() {
        for (AttachmentStyle s : AttachmentStyle.values()) {
            assertTrue(catalogue.contains(s.concept()), s.name());
            s.strategy().concept().ifPresent(c -> assertTrue(catalogue.contains(c), c.value()));
        }
        for (Dimension d : Dimension.values()) {
            assertTrue(catalogue.contains(d.concept()));
        }
        for (EftStep s : EftStep.values()) {
            assertTrue(catalogue.contains(s.concept()));
            assertTrue(catalogue.contains(s.stage().concept()));
        }
        for (NegativeCycle c : NegativeCycle.values()) {
            assertTrue(catalogue.contains(c.concept()));
        }
        for (CyclePosition p : CyclePosition.values()) {
            assertTrue(catalogue.contains(p.concept()));
        }
    }
}
