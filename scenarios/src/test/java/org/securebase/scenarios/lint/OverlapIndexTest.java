package org.securebase.scenarios.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Position;

/** The streaming overlap index over many vignettes: every copy is found however large the index grows. */
class OverlapIndexTest {

    @Test
    void findsEveryCopyAmongThousandsOfVignettes() {
        OverlapIndex index = new OverlapIndex();
        List<String> found = new ArrayList<>();
        for (int v = 0; v < 5000; v++) {
            // Vignette v has ten sentences of its own; every 250th repeats all ten of vignette 0's.
            long base = v % 250 == 0 && v > 0 ? 0 : v * 10L;
            long[] sentences = LongStream.range(base, base + 10).map(s -> OverlapIndex.hash("sentence " + s)).toArray();
            boolean silenced = v == 500;
            for (Diagnostic d : index.offer(new OverlapIndex.Digest("v" + v, "v" + v + ".xml", new Position(2, 1), sentences, silenced))) {
                found.add(d.file() + " " + d.message().replaceAll(".*(shares \\d+ of \\d+).*with vignette (\\S+) .*", "$1 $2"));
            }
        }
        List<String> expected = new ArrayList<>();
        for (int v = 250; v < 5000; v += 250) {
            if (v == 500) {
                continue;
            }
            for (int earlier = 0; earlier < v; earlier += 250) {
                if (earlier != 500) {
                    expected.add("v" + v + ".xml shares 10 of 10 v" + earlier);
                }
            }
        }
        assertEquals(expected, found);
    }
}
