package org.securebase.model.wording;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The surface cues of a text that a test-wise trainee reads instead of the content (Millman,
 * Bishop and Ebel 1965, "An analysis of test-wiseness"; Haladyna, Downing and Rodriguez 2002,
 * guidelines 28 and 29 on absolute words and option length): its words, the absolute words
 * among them and its length in characters.
 *
 * @since 0.3
 */
public final class Wording {
    /**
     * Words that make a statement absolute; test-wise trainees avoid options that hold them,
     * because authors use them to make distractors wrong.
     */
    public static final Set<String> ABSOLUTE_WORDS = Set.of("always", "never", "only", "must", "all", "none", "every",
            "everyone", "everything", "nothing", "nobody", "completely", "entirely", "totally", "absolutely",
            "impossible", "invariably", "certainly", "guarantees", "guaranteed");

    /** Short function words that carry no content, left out when words are compared. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "but", "not", "are", "was", "were",
            "with", "that", "this", "these", "those", "from", "into", "onto", "than", "then", "they", "them", "their",
            "there", "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "has", "have", "had",
            "her", "his", "him", "she", "its", "our", "you", "your", "can", "could", "would", "should", "will",
            "does", "did", "doing", "been", "being", "about", "each", "more", "most", "other", "some", "such", "own",
            "also", "just", "very", "over", "under", "out", "off", "any", "one", "two", "now", "may", "might");

    private Wording() {
    }

    /**
     * The words of a text in order, lower-cased, accents and apostrophes folded: runs of letters
     * and digits ({@code "partner’s"} gives {@code partners}).
     */
    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replace("’", "").replace("'", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** The distinct content words of a text: its words of three letters or more that are not function words. */
    public static Set<String> contentWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (w.length() >= 3 && !FUNCTION_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The absolute words a text holds, distinct, in the order they first appear. */
    public static Set<String> absoluteWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words(text)) {
            if (ABSOLUTE_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** True when the text holds an absolute word. */
    public static boolean isAbsolute(String text) {
        return !absoluteWords(text).isEmpty();
    }

    /** The length a reader sees: characters, whitespace already folded by the model. */
    public static int length(String text) {
        return text.length();
    }

    /** How many of the text's distinct content words appear among {@code others}. */
    public static int sharedWords(String text, Set<String> others) {
        int n = 0;
        for (String w : contentWords(text)) {
            if (others.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
