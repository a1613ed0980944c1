package org.securebase.scenarios.lint;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;

/**
 * Two vignettes that share more than a fifth of their transcript sentences are probably one
 * template with the names swapped; trainees who meet both learn the template, not the concepts.
 * Sentences (split at . ! ? …) are compared as their words (runs of letters, digits and
 * apostrophes) after folding case and replacing the vignette's client names; sentences of fewer
 * than {@value #MIN_WORDS} words ("I don't know.") are too common to count.
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
        return sentences(vignette.transcript().stream().map(Turn::text).toList(), names);
    }

    /** The normalised sentences of these texts, distinct, in order, with these (lower-case) names replaced. */
    static Set<String> sentences(List<String> texts, Set<String> names) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || isSentenceEnd(text.charAt(i))) {
                    if (i > start) {
                        String sentence = folded(text.substring(start, i).toLowerCase(Locale.ROOT), names);
                        if (sentence != null) {
                            out.add(sentence);
                        }
                    }
                    start = i + 1;
                }
            }
        }
        return out;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /**
     * The words of a lower-cased sentence (runs of letters, digits and apostrophes), joined by
     * single spaces, client names replaced; null when it has fewer than {@value #MIN_WORDS} words.
     */
    private static String folded(String sentence, Set<String> names) {
        StringBuilder out = new StringBuilder(sentence.length());
        StringBuilder word = new StringBuilder();
        int words = 0;
        int n = sentence.length();
        for (int i = 0; i <= n; ) {
            int raw = i < n ? sentence.codePointAt(i) : ' ';
            i += i < n ? Character.charCount(raw) : 1;
            int cp = raw == '’' ? '\'' : raw;
            if (Character.isLetter(cp) || isNumber(cp) || cp == '\'') {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.append(words++ == 0 ? "" : " ");
                if (isName(word, names)) {
                    out.append("⟨name⟩");
                } else {
                    out.append(word);
                }
                word.setLength(0);
            }
        }
        return words >= MIN_WORDS ? out.toString() : null;
    }

    /** Whether the word is one of the (few) names, without making a string of it. */
    private static boolean isName(CharSequence word, Set<String> names) {
        for (String name : names) {
            if (name.contentEquals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
