package org.securebase.model.concept;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

class ConceptPatternProperties {
    private final ConceptCatalogue catalogue = ConceptCatalogue.standard();

    @Provide
    Arbitrary<Concept> concepts() {
        return Arbitraries.of(catalogue.all());
    }

    @Property
    void everyIdMatchesItselfAndItsGroupWildcard(@ForAll("concepts") Concept c) {
        Assertions.assertTrue(ConceptPattern.of(c.id().value()).matches(c.id()));
        Assertions.assertTrue(ConceptPattern.of(c.id().group() + ".*").matches(c.id()));
    }

    @Property
    void aKnownIdWithOneLetterDroppedSuggestsTheOriginal(@ForAll("concepts") Concept c, @ForAll("positions") int at) {
        String id = c.id().value();
        int i = 1 + at % (id.length() - 1);
        String typo = id.substring(0, i) + id.substring(i + 1);
        Assertions.assertTrue(catalogue.suggest(typo).contains(c.id())
                || catalogue.contains(ConceptId.of(id)) && !catalogue.suggest(typo).isEmpty(), typo);
    }

    @Provide
    Arbitrary<Integer> positions() {
        return Arbitraries.integers().between(0, 1000);
    }
}
