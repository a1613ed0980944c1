package org.securebase.quiz.audit;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The library-wide cues behind the strategies.
 *
 * @param keyPositions where single-choice keys sit as written
 * @param keyedCounts multiple-response questions by how many of their options are keyed,
 *                    as {@code "k of n"} (keyed of options)
 * @param lengthRatio the mean, over single-choice questions, of the key's length over the mean length of its distractors
 * @param keyLongest single-choice questions whose key is the longest option (ties included)
 * @param keyLongestOrSecond single-choice questions whose key is the longest or second-longest option
 * @param singleChoice how many single-choice questions
 * @param keys keyed options of single-choice and multiple-response questions
 * @param absoluteKeys of them, those holding an absolute word
 * @param distractors options not keyed
 * @param absoluteDistractors of them, those holding an absolute word
 * @since 0.3
 */
public record Cues(KeyPositions keyPositions, Map<String, Integer> keyedCounts, double lengthRatio, int keyLongest,
                   int keyLongestOrSecond, int singleChoice, int keys, int absoluteKeys, int distractors,
                   int absoluteDistractors) {

    /** Copies the counts, sorted by their name. */
    public Cues {
        keyedCounts = Collections.unmodifiableMap(new TreeMap<>(keyedCounts));
    }

    /** The share of keys holding an absolute word, 0 with no key. */
    public double absoluteKeyRate() {
        return keys == 0 ? 0 : (double) absoluteKeys / keys;
    }

    /** The share of distractors holding an absolute word, 0 with no distractor. */
    public double absoluteDistractorRate() {
        return distractors == 0 ? 0 : (double) absoluteDistractors / distractors;
    }
}
