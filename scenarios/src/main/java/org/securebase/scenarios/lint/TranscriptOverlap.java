package org.securebase.scenarios.lint;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;

/**
 * Two vignettes that share more than a fifth of their transcript sentences are probably one
 * template with the names swapped; trainees who meet both learn the template, not the concepts.
 * Sentences are compared after folding case, whitespace and punctuation and replacing the
 * vignette's client names; sentences of fewer than {@value #MIN_WORDS} words ("I don't know.")
 * are too common to count.
 *
 * @since 0.1
 */
public final class TranscriptOverlap {
    /** The rule name. */
    public static final String NAME = "transcript-overlap";
    /** Shared sentences above this share of the smaller transcript draw a warning. */
    public static final double THRESHOLD = 0.2;
    /** Sentences shorter than this are not compared. */
    public static final int MIN_WORDS = 4;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}' ]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The overlap of two vignettes' transcripts. */
    public record Overlap(int shared, int smaller) {
        /** True above the threshold. */
        public boolean tooHigh() {
            return smaller > 0 && shared > THRESHOLD * smaller;
        }
    }

    /** One sentence of description for listings. */
    public String description() {
        return "two vignettes share no more than a fifth of their transcript sentences (templates with names swapped)";
    }

    /** The normalised sentences of a vignette's transcript, distinct, in order. */
    public static Set<String> sentences(Vignette vignette) {
        Set<String> names = new HashSet<>();
        for (Client c : vignette.clients()) {
            names.add(c.id().toLowerCase(Locale.ROOT));
            for (String part : SPACES.split(c.name().toLowerCase(Locale.ROOT))) {
                if (part.length() > 1) {
                    names.add(part);
                }
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (Turn t : vignette.transcript()) {
            for (String raw : SENTENCE_END.split(t.text())) {
                String s = NOT_WORD.matcher(raw.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll(" ");
                StringBuilder folded = new StringBuilder();
                int words = 0;
                for (String w : SPACES.split(s.trim())) {
                    if (w.isEmpty()) {
                        continue;
                    }
                    folded.append(words++ == 0 ? "" : " ").append(names.contains(w) ? "⟨name⟩" : w);
                }
                if (words >= MIN_WORDS) {
                    out.add(folded.toString());
                }
            }
        }
        return out;
    }

    /** How many normalised sentences two vignettes share, against the smaller transcript. */
    public static Overlap overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String s : a) {
            if (b.contains(s)) {
                shared++;
            }
        }
        return new Overlap(shared, Math.min(a.size(), b.size()));
    }
}
