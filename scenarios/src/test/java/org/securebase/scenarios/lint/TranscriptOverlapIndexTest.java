package org.securebase.scenarios.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Located;
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.diagnostic.SourceMap;
import org.securebase.scenarios.generate.SyntheticLibrary;

/** The indexed cross-file check finds exactly the pairs the pairwise definition finds, in the same order. */
class TranscriptOverlapIndexTest {

    @Property(tries = 30)
    void findsThePairsThePairwiseDefinitionFinds(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int count,
                                                 @ForAll @IntRange(min = 0, max = 6) int copied) {
        List<Vignette> vignettes = new ArrayList<>(SyntheticLibrary.seeded(seed).vignettes(count));
        // Copy the first turns of vignette 0 into some later vignettes so that some pairs overlap.
        for (int k = 1; k < count; k += 3) {
            Vignette v = vignettes.get(k);
            List<Turn> transcript = new ArrayList<>(v.transcript());
            for (int t = 0; t < Math.min(copied, transcript.size()); t++) {
                Turn from = vignettes.get(0).transcript().get(t);
                transcript.set(t, new Turn(Turn.THERAPIST, from.text(), null));
            }
            vignettes.set(k, new Vignette(v.id(), v.version(), v.format(), v.modality(), v.difficulty(), v.minutes(),
                    v.language(), v.title(), v.authors(), v.license(), v.objectives(), v.clients(), v.background(),
                    transcript, v.annotations(), v.questions()));
        }
        List<Lint.Subject> subjects = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            LintIgnores ignores = k == 4 ? new LintIgnores(Set.of(TranscriptOverlap.NAME), Map.of()) : LintIgnores.NONE;
            subjects.add(new Lint.Subject(new Located<>(vignettes.get(k), "v" + k + ".xml",
                    SourceMap.rootOnly(new Position(2, 1))), ignores));
        }
        List<String> expected = new ArrayList<>();
        for (int j = 1; j < count; j++) {
            for (int i = 0; i < j; i++) {
                if (i == 4 || j == 4) {
                    continue;
                }
                TranscriptOverlap.Overlap o = TranscriptOverlap.overlap(TranscriptOverlap.sentences(vignettes.get(i)),
                        TranscriptOverlap.sentences(vignettes.get(j)));
                if (o.tooHigh()) {
                    expected.add("v" + j + ".xml shares " + o.shared() + " of " + o.smaller() + " with " + vignettes.get(i).id());
                }
            }
        }
        List<String> found = across(subjects).stream()
                .map(d -> d.file() + " shares " + d.message().replaceAll(".* shares (\\d+) of (\\d+) .* with vignette (\\S+) .*",
                        "$1 of $2 with $3")).toList();
        assertEquals(expected, found);
    }

    /** Every cross-file warning of the subjects, offered one at a time as the loader offers them. */
    private static List<Diagnostic> across(List<Lint.Subject> subjects) {
        OverlapIndex index = new OverlapIndex();
        List<Diagnostic> out = new ArrayList<>();
        for (Lint.Subject s : subjects) {
            out.addAll(index.offer(OverlapIndex.Digest.of(s.vignette(), s.ignores())));
        }
        return out;
    }
}
