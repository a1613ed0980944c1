package org.securebase.model.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConceptCatalogueTest {
    private final ConceptCatalogue catalogue = ConceptCatalogue.standard();

    /** The ids in the contract, read from the copy of concept-ids.md kept in the test resources. */
    static List<String> contractIds() throws IOException {
        String text;
        try (InputStream in = ConceptCatalogueTest.class.getResourceAsStream("/formats/concept-ids.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> ids = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("| ") && line.contains("`")) {
                Matcher m = Pattern.compile("`([a-z][a-z0-9.-]*)`").matcher(line.substring(line.indexOf('|', 2)));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    @Test
    void holdsEveryIdOfTheContract() throws IOException {
        List<String> ids = contractIds();
        assertEquals(77, ids.size(), "concept-ids.md lists 77 ids");
        for (String id : ids) {
            assertTrue(catalogue.contains(ConceptId.of(id)), "catalogue lacks " + id);
        }
    }

    @Test
    void groupsEveryConceptIntoTheSeventeenGroups() {
        Map<ConceptGroup, List<Concept>> groups = catalogue.byGroup();
        assertEquals(17, groups.size());
        assertEquals(83, catalogue.size(), "the contract's 77 ids and 6 safety ids");
        assertEquals(9, groups.get(ConceptGroup.EFT_STEP).size());
        assertEquals(3, groups.get(ConceptGroup.EFT_STAGE).size());
        assertEquals(11, groups.get(ConceptGroup.INTERVENTION).size());
    }

    @Test
    void holdsTheSixRiskScreeningConceptsInTheSafetyGroup() {
        List<String> safety = catalogue.matching(ConceptPattern.of("safety.*")).stream()
                .map(c -> c.id().value()).toList();
        assertEquals(List.of("safety.intimate-partner-violence", "safety.coercive-control", "safety.suicide-risk",
                "safety.self-harm", "safety.child-protection", "safety.substance-use-in-session"), safety);
        assertEquals(ConceptGroup.SAFETY, ConceptGroup.of(ConceptId.of("safety.self-harm")));
        assertEquals("Safety and risk screening", ConceptGroup.SAFETY.title());
    }

    @Test
    void givesEveryConceptANameAndAShortDefinition() {
        for (Concept c : catalogue.all()) {
            assertTrue(c.definition().split(" ").length <= 60, c.id() + " definition is too long for trainees");
            assertTrue(c.definition().endsWith("."), c.id() + " definition should be a sentence");
        }
    }

    @Test
    void suggestsTheNearestIdForATypo() {
        UnknownConceptException e = assertThrows(UnknownConceptException.class, () -> catalogue.require("style.anxous"));
        assertEquals("unknown concept 'style.anxous'; did you mean 'style.anxious'?", e.getMessage());
        assertEquals(List.of(ConceptId.of("style.anxious")), e.suggestions());
    }

    @Test
    void pointsToTheListWhenNothingIsNear() {
        UnknownConceptException e = assertThrows(UnknownConceptException.class, () -> catalogue.require("quantum.entanglement"));
        assertTrue(e.getMessage().contains("securebase concepts"), e.getMessage());
    }

    @Test
    void refusesAMalformedIdWithASuggestion() {
        UnknownConceptException e = assertThrows(UnknownConceptException.class, () -> catalogue.require("Style.Secure"));
        assertTrue(e.getMessage().contains("'style.secure'"), e.getMessage());
    }

    @Test
    void wildcardSelectsWholeGroups() {
        assertEquals(4, catalogue.matching(ConceptPattern.of("style.*")).size());
        assertEquals(12, catalogue.matching(ConceptPattern.of("eft.*")).size());
        assertEquals(9, catalogue.matching(ConceptPattern.of("eft.step.*")).size());
        assertEquals(1, catalogue.matching(ConceptPattern.of("core.secure-base")).size());
    }

    @Test
    void wildcardDoesNotMatchAGroupThatMerelySharesAPrefix() {
        assertEquals(0, catalogue.matching(ConceptPattern.of("style.sec.*")).size());
        assertEquals(4, catalogue.matching(ConceptPattern.of("secure-base.*")).size());
        assertEquals(9, catalogue.matching(ConceptPattern.of("core.*")).size());
    }

    @Test
    void rejectsACatalogueListingAnIdTwice() {
        Concept c = new Concept(ConceptId.of("style.secure"), "Secure", "Low anxiety, low avoidance.");
        assertThrows(org.securebase.model.ModelException.class, () -> new ConceptCatalogue(List.of(c, c)));
    }
}
