package org.securebase.scenarios.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The sentence folding of the overlap rule, pinned against its definition as regular expressions. */
class TranscriptOverlapSentencesTest {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> NAMES = Set.of("maya", "jon");

    /** The definition: split at sentence ends, keep runs of letters, digits and apostrophes, fold names. */
    private static Set<String> byDefinition(List<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            for (String raw : SENTENCE_END.split(text)) {
                String s = NOT_WORD.matcher(raw.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
                StringBuilder folded = new StringBuilder();
                int words = 0;
                for (String w : SPACES.split(s.trim())) {
                    if (!w.isEmpty()) {
                        folded.append(words++ == 0 ? "" : " ").append(NAMES.contains(w) ? "⟨name⟩" : w);
                    }
                }
                if (words >= TranscriptOverlap.MIN_WORDS) {
                    out.add(folded.toString());
                }
            }
        }
        return out;
    }

    @Test
    void foldsCaseNamesAndPunctuationOfASentence() {
        assertEquals(Set.of("⟨name⟩ i don't want to fight", "we keep going round in circles"),
                TranscriptOverlap.sentences(List.of("Maya, I don’t want to fight!  We keep going -- round in circles... Ok."), NAMES));
    }

    @Property(tries = 3000)
    void foldsSentencesExactlyAsTheDefinitionDoes(@ForAll("transcripts") List<String> texts) {
        assertEquals(List.copyOf(byDefinition(texts)), List.copyOf(TranscriptOverlap.sentences(texts, NAMES)));
    }

    @Provide
    Arbitrary<List<String>> transcripts() {
        Arbitrary<String> word = Arbitraries.of("Maya", "jon", "I", "don’t", "we", "KEEP", "2", "Ⅻ", "½", "café", "ΣΟΦΟΣ",
                "x'y", "🙂", "going", "round", "in", "circles");
        Arbitrary<String> gap = Arbitraries.of(" ", "  ", "\t", "\n", ", ", " -- ", ". ", "...", "!", "?", "…", "; ", "’", "\u00A0");
        return Arbitraries.lazy(() -> word).list().ofMaxSize(14)
                .flatMap(ws -> gap.list().ofSize(ws.size()).map(gs -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < ws.size(); i++) {
                        b.append(ws.get(i)).append(gs.get(i));
                    }
                    return b.toString();
                })).list().ofMaxSize(4);
    }
}
