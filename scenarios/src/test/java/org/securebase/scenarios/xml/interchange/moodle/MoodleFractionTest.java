package org.securebase.scenarios.xml.interchange.moodle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;

/** The fractions the Moodle export writes are ones Moodle accepts, and the keyed ones add up to 100%. */
class MoodleFractionTest {

    @Property
    void keyedFractionsAreAcceptedAndAddUpToOneHundred(@ForAll @IntRange(min = 1, max = 20) int k) {
        List<String> keyed = MoodleFraction.keyed(k, "v#q");
        assertEquals(k, keyed.size());
        double sum = keyed.stream().mapToDouble(Double::parseDouble).sum();
        assertEquals(100, sum, 0.0001 * k);
        assertTrue(keyed.stream().allMatch(f -> MoodleFraction.accepted(Double.parseDouble(f))));
        assertTrue(MoodleFraction.accepted(Double.parseDouble(MoodleFraction.penalty(k))));
    }

    @Test
    void exactSharesAreOneHundredOverK() {
        assertEquals(List.of("33.33333", "33.33333", "33.33333"), MoodleFraction.keyed(3, "v#q"));
        assertEquals("-14.28571", MoodleFraction.penalty(7));
        assertEquals(List.of("10", "10", "10", "10", "10", "10", "10", "10", "5", "5", "5", "5"), MoodleFraction.keyed(12, "v#q"));
        assertEquals("-5", MoodleFraction.penalty(12));
    }

    @Test
    void refusesMoreKeyedOptionsThanMoodleCanGrade() {
        ModelException e = assertThrows(ModelException.class, () -> MoodleFraction.keyed(21, "v#q"));
        assertTrue(e.getMessage().contains("v#q has 21 correct options"), e.getMessage());
    }

    @Test
    void acceptsMoodlesOptionsAndRejectsOthers() {
        assertTrue(MoodleFraction.accepted(-33.33333));
        assertTrue(MoodleFraction.accepted(0));
        assertFalse(MoodleFraction.accepted(33));
        assertFalse(MoodleFraction.accepted(101));
    }
}
