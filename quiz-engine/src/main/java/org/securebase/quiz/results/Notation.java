package org.securebase.quiz.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerVisitor;
import org.securebase.quiz.scoring.InvalidAnswerException;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.scoring.KeyVisitor;
import org.securebase.quiz.variant.Letters;
import org.securebase.quiz.variant.Variant;

/**
 * Reads an answer written the way a trainee sees the question, under the letters of their
 * variant, and turns it into an {@link Answer} in written positions. One notation serves the
 * terminal and paper responses:
 *
 * <ul>
 * <li>single choice: one letter or its number ({@code B} or {@code 2});</li>
 * <li>multiple response: letters or numbers separated by spaces or commas ({@code A C},
 * {@code 1,3}), or letters run together ({@code AC});</li>
 * <li>ordering: every item's letter once, first to last ({@code C A B D} or {@code CABD});</li>
 * <li>matching: a left number with the letter of its right side, as {@code 1=B 2=A 3=C} or
 * {@code 1B 2A 3C}; a left side may be left out.</li>
 * </ul>
 *
 * Case is ignored. A failure is an {@link InvalidAnswerException} whose message says what was
 * wrong and how to write it, in the trainee's letters.
 *
 * @since 0.1
 */
public final class Notation {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final String MATCHING_HINT =
            "answer with each number and the letter that matches it, e.g. 1=B 2=A 3=C (or 1B 2A 3C)";
    private static final Pattern PAIR = Pattern.compile("(\\d+)\\s*[=:\\-]?\\s*([A-Za-z]+)");

    private Notation() {
    }

    /**
     * Reads an answer to a question as the variant shows it.
     *
     * @param text what the trainee wrote, not blank
     * @param question the question
     * @param ref its reference
     * @param variant the variant the trainee saw
     * @return the answer in written positions, fitting the question; an open answer as typed, unstripped
     * @throws InvalidAnswerException saying what is wrong and how to write the answer
     */
    public static Answer read(String text, Question question, QuestionRef ref, Variant variant) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidAnswerException("the answer is empty; " + hint(question));
        }
        int size = variant.arrangement(ref).size();
        Answer answer = question.accept(new QuestionVisitor<Answer>() {
            @Override
            public Answer singleChoice(SingleChoice q) {
                return chosen(t, size, q, ref, variant, 1);
            }

            @Override
            public Answer multipleResponse(MultipleResponse q) {
                return chosen(t, size, q, ref, variant, size);
            }

            @Override
            public Answer ordering(Ordering q) {
                List<String> letters = letters(t, size, q);
                if (letters.size() != size || new LinkedHashSet<>(letters).size() != size) {
                    throw new InvalidAnswerException("'" + t + "' does not put every item " + range(size)
                            + " in order exactly once; " + hint(q));
                }
                return variant.order(ref, letters);
            }

            @Override
            public Answer matching(Matching q) {
                return variant.match(ref, pairs(t, q.pairs().size(), size));
            }

            @Override
            public Answer openResponse(OpenResponse q) {
                return new Answer.Text(text);
            }
        });
        answer.checkFits(question, ref.toString());
        return answer;
    }

    /**
     * How to write an answer to this kind of question, for prompts and error messages.
     *
     * @param question the question
     * @return one short line
     */
    public static String hint(Question question) {
        return question.accept(new QuestionVisitor<String>() {
            @Override
            public String singleChoice(SingleChoice q) {
                return "answer with one letter, e.g. B (or its number, 2)";
            }

            @Override
            public String multipleResponse(MultipleResponse q) {
                return "answer with every letter that applies, e.g. A C (or numbers, 1,3)";
            }

            @Override
            public String ordering(Ordering q) {
                return "answer with every item's letter once, first to last, e.g. C A B D";
            }

            @Override
            public String matching(Matching q) {
                return MATCHING_HINT;
            }

            @Override
            public String openResponse(OpenResponse q) {
                return q.limit().map(n -> "write your answer in your own words, at most " + n + " characters")
                        .orElse("write your answer in your own words");
            }
        });
    }

    /** The options chosen in a choice question that takes at most {@code most} of them. */
    private static Answer chosen(String t, int size, Question question, QuestionRef ref, Variant variant, int most) {
        List<String> letters = letters(t, size, question);
        if (new LinkedHashSet<>(letters).size() != letters.size()) {
            throw new InvalidAnswerException("'" + t + "' names an option twice; " + hint(question));
        }
        if (letters.size() > most) {
            throw new InvalidAnswerException("'" + t + "' chooses " + letters.size()
                    + " options, but this question takes one; " + hint(question));
        }
        return variant.choose(ref, letters);
    }

    /**
     * Writes an answer in the variant's letters, the way {@link #read} reads it.
     *
     * @param answer an answer in written positions
     * @param ref its question
     * @param variant the variant
     * @return e.g. {@code B}, {@code A C}, {@code C A B D}, {@code 1=B 2=A}
     */
    public static String write(Answer answer, QuestionRef ref, Variant variant) {
        List<String> parts = answer.accept(new AnswerVisitor<List<String>>() {
            @Override
            public List<String> choice(Answer.Choice c) {
                return c.positions().stream().map(p -> variant.letterOf(ref, p)).sorted(Notation::byPlace).toList();
            }

            @Override
            public List<String> order(Answer.Order o) {
                return o.sequence().stream().map(p -> variant.letterOf(ref, p)).toList();
            }

            @Override
            public List<String> match(Answer.Match m) {
                List<String> out = new ArrayList<>();
                m.pairs().forEach((l, r) -> out.add(l + "=" + variant.letterOf(ref, r)));
                return out;
            }

            @Override
            public List<String> text(Answer.Text t) {
                return List.of(t.text());
            }
        });
        return String.join(" ", parts);
    }

    /**
     * Writes a key in the variant's letters, as a trainee of that variant would answer it.
     *
     * @param key a key in written positions
     * @param ref its question
     * @param variant the variant
     * @return e.g. {@code B}, {@code A C}, {@code C A B D}, {@code 1=B 2=A}; {@link #GRADED} for an open response
     */
    public static String write(Key key, QuestionRef ref, Variant variant) {
        return key.accept(new KeyVisitor<String>() {
            @Override
            public String choice(Key.Choice c) {
                return write(new Answer.Choice(c.correct()), ref, variant);
            }

            @Override
            public String order(Key.Order o) {
                return write(new Answer.Order(o.sequence()), ref, variant);
            }

            @Override
            public String match(Key.Match m) {
                return write(new Answer.Match(m.pairs()), ref, variant);
            }

            @Override
            public String graded(Key.Graded g) {
                return GRADED;
            }
        });
    }

    /**
     * What stands for the key of an open response, which graders mark.
     *
     * @since 0.3
     */
    public static final String GRADED = "(graded against the rubric)";

    private static int byPlace(String a, String b) {
        return Integer.compare(Letters.place(a), Letters.place(b));
    }

    private static List<String> letters(String text, int size, Question question) {
        List<String> out = new ArrayList<>();
        for (String token : SEPARATORS.split(text)) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.chars().allMatch(Character::isDigit)) {
                int place = Integer.parseInt(token.length() > 6 ? "0" : token);
                if (place < 1 || place > size) {
                    throw new InvalidAnswerException("there is no " + token + " here: choose from " + range(size)
                            + "; " + hint(question));
                }
                out.add(Letters.of(place));
            } else if (token.chars().allMatch(c -> c < 128 && Character.isLetter(c))) {
                String upper = token.toUpperCase(java.util.Locale.ROOT);
                boolean runTogether = upper.length() > 1 && size <= 26
                        && upper.chars().allMatch(c -> c - 'A' + 1 <= size);
                if (runTogether) {
                    upper.chars().forEach(c -> out.add(String.valueOf((char) c)));
                } else if (Letters.place(upper) > size) {
                    throw new InvalidAnswerException("'" + token + "' is not one of " + range(size) + "; " + hint(question));
                } else {
                    out.add(upper);
                }
            } else {
                throw new InvalidAnswerException("'" + token + "' is not a letter or a number; " + hint(question));
            }
        }
        return out;
    }

    /** Left numbers 1..lefts, right letters among the first {@code rights} (spares included). */
    private static Map<Integer, String> pairs(String text, int lefts, int rights) {
        Map<Integer, String> out = new TreeMap<>();
        Set<String> used = new LinkedHashSet<>();
        Matcher m = PAIR.matcher(text);
        int end = 0;
        String matchingHint = MATCHING_HINT;
        while (m.find()) {
            String between = text.substring(end, m.start());
            if (!SEPARATORS.matcher(between).replaceAll("").isEmpty()) {
                throw new InvalidAnswerException("cannot read '" + between.strip() + "' in '" + text + "'; " + matchingHint);
            }
            int left = Integer.parseInt(m.group(1).length() > 6 ? "0" : m.group(1));
            String letter = m.group(2).toUpperCase(java.util.Locale.ROOT);
            if (left < 1 || left > lefts) {
                throw new InvalidAnswerException("there is no item " + m.group(1) + " on the left: they are numbered 1 to "
                        + lefts + "; " + matchingHint);
            }
            if (Letters.place(letter) > rights) {
                throw new InvalidAnswerException("'" + m.group(2) + "' is not one of " + range(rights) + "; " + matchingHint);
            }
            if (out.put(left, letter) != null) {
                throw new InvalidAnswerException("item " + left + " is matched twice; " + matchingHint);
            }
            if (!used.add(letter)) {
                throw new InvalidAnswerException(letter + " is used for two items; each letter matches one; " + matchingHint);
            }
            end = m.end();
        }
        if (!SEPARATORS.matcher(text.substring(end)).replaceAll("").isEmpty() || out.isEmpty()) {
            throw new InvalidAnswerException("cannot read '" + text + "' as matches; " + matchingHint);
        }
        return out;
    }

    private static String range(int size) {
        return size == 1 ? "A" : "A–" + Letters.of(size);
    }
}
