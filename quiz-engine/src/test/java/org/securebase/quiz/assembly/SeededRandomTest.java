package org.securebase.quiz.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SeededRandomTest {

    @Test
    void matchesTheSplitMix64ReferenceSequenceForSeedZero() {
        SeededRandom r = new SeededRandom(0);
        assertEquals(0xe220a8397b1dcdafL, r.nextLong());
        assertEquals(0x6e789e6aa1b965f4L, r.nextLong());
        assertEquals(0x06c45d188009454fL, r.nextLong());
    }

    @Test
    void hashesLabelsWithFnv1a64() {
        assertEquals(0xcbf29ce484222325L, SeededRandom.hash(""));
        assertEquals(0xaf63dc4c8601ec8cL, SeededRandom.hash("a"));
    }

    @Property
    void nextIntStaysBelowItsBound(@ForAll long seed, @ForAll @IntRange(min = 1, max = 1000) int bound) {
        SeededRandom r = new SeededRandom(seed);
        for (int i = 0; i < 20; i++) {
            int v = r.nextInt(bound);
            assertTrue(v >= 0 && v < bound, v + " is outside [0, " + bound + ")");
        }
    }

    @Property
    void shuffleKeepsEveryElement(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int size) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(i);
        }
        new SeededRandom(seed).shuffle(list);
        List<Integer> sorted = new ArrayList<>(list);
        sorted.sort(null);
        assertEquals(size, sorted.size());
        for (int i = 0; i < size; i++) {
            assertEquals(i, sorted.get(i));
        }
    }
}
