package org.securebase.quiz.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.securebase.model.Checks;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;

/**
 * A trainee's answer to one question, always in WRITTEN positions (1-based, as the author wrote
 * options, items and pairs), never in the letters of a variant: the variant translates letters
 * before an answer is recorded, so answers from different variants compare and score alike.
 *
 * <p>Answers have a stable one-line text form ({@link #encode()}, {@link #parse(String)}) for
 * stores and paper responses: {@code choice 1 3}, {@code order 3 1 2 4}, {@code match 1=2 2=1 3=3},
 * {@code text I hear fear\nunder the anger} (an open answer, line breaks and backslashes escaped).
 *
 * @since 0.1
 */
public sealed interface Answer permits Answer.Choice, Answer.Order, Answer.Match, Answer.Text {

    /**
     * The options chosen, for single-choice and multiple-response questions.
     *
     * @param positions written positions, ascending and distinct; empty when the trainee chose none
     */
    record Choice(List<Integer> positions) implements Answer {
        /** Sorts the positions and rejects repeats and positions below 1. */
        public Choice {
            positions = sortedDistinct(positions, "chosen option");
        }

        /** The options at these written positions. */
        public static Choice of(Integer... positions) {
            return new Choice(List.of(positions));
        }

        @Override
        public String encode() {
            return "choice" + joined(positions);
        }

        @Override
        public <R> R accept(AnswerVisitor<R> visitor) {
            return visitor.choice(this);
        }
    }

    /**
     * The items of an ordering question in the order the trainee put them.
     *
     * @param sequence the written positions of the items, first to last
     */
    record Order(List<Integer> sequence) implements Answer {
        /** Rejects repeats and positions below 1. */
        public Order {
            sequence = List.copyOf(sequence);
            if (sequence.size() != new TreeSet<>(sequence).size()) {
                throw new InvalidAnswerException("an order names an item twice: " + sequence);
            }
            sequence.forEach(p -> positive(p, "ordered item"));
        }

        /** The items at these written positions, in this order. */
        public static Order of(Integer... sequence) {
            return new Order(List.of(sequence));
        }

        @Override
        public String encode() {
            return "order" + joined(sequence);
        }

        @Override
        public <R> R accept(AnswerVisitor<R> visitor) {
            return visitor.order(this);
        }
    }

    /**
     * The right-hand side matched to each left-hand prompt of a matching question; prompts left
     * unmatched are absent.
     *
     * @param pairs written position of a left side to written position of the right side chosen for it
     */
    record Match(Map<Integer, Integer> pairs) implements Answer {
        /** Rejects positions below 1. */
        public Match {
            pairs.forEach((l, r) -> {
                positive(l, "left side");
                positive(r, "right side");
            });
            pairs = Collections.unmodifiableMap(new TreeMap<>(pairs));
        }

        @Override
        public String encode() {
            return "match" + pairs.entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining());
        }

        @Override
        public <R> R accept(AnswerVisitor<R> visitor) {
            return visitor.match(this);
        }
    }

    /**
     * An open answer in the trainee's own words, kept exactly as typed (line breaks included); a
     * grader marks it against the question's rubric.
     *
     * @param text what the trainee wrote, not blank
     * @since 0.3
     */
    record Text(String text) implements Answer {
        /** Rejects a missing or blank text: an open answer with nothing in it is no answer. */
        public Text {
            if (text == null || text.isBlank()) {
                throw new InvalidAnswerException("an open answer must hold some text, was " + (text == null ? "missing" : "blank"));
            }
        }

        /** Characters as a reader counts them (code points, so an accented letter or emoji is one). */
        public int length() {
            return text.codePointCount(0, text.length());
        }

        @Override
        public String encode() {
            StringBuilder out = new StringBuilder(TEXT_PREFIX.length() + text.length() + 8).append(TEXT_PREFIX);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }

        /** The text of an encoded open answer, escapes undone. */
        static Text decode(String encoded) {
            StringBuilder out = new StringBuilder(encoded.length());
            for (int i = TEXT_PREFIX.length(); i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (c == '\\' && i + 1 < encoded.length()) {
                    char next = encoded.charAt(++i);
                    out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                } else {
                    out.append(c);
                }
            }
            return new Text(out.toString());
        }

        @Override
        public <R> R accept(AnswerVisitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /** How the one-line form of an open answer starts. */
    String TEXT_PREFIX = "text ";

    /** The one-line text form. */
    String encode();

    /**
     * Applies the operation for this answer's kind.
     *
     * @since 0.2
     */
    <R> R accept(AnswerVisitor<R> visitor);

    /**
     * Parses the one-line text form.
     *
     * @throws InvalidAnswerException naming the text when it is not an answer
     */
    static Answer parse(String text) {
        if (text != null && text.startsWith(TEXT_PREFIX)) {
            return Text.decode(text);
        }
        // Checks.words splits as strip().split("\\s+") would, without compiling the expression for every answer read.
        String[] parts = Checks.words(text).toArray(new String[0]);
        if (parts.length == 0 || parts[0].isEmpty()) {
            throw new InvalidAnswerException("an answer must start with choice, order, match or text, was '" + text + "'");
        }
        try {
            switch (parts[0]) {
                case "choice":
                    return new Choice(numbers(parts));
                case "order":
                    return new Order(numbers(parts));
                case "match":
                    Map<Integer, Integer> pairs = new TreeMap<>();
                    for (int i = 1; i < parts.length; i++) {
                        String[] lr = parts[i].split("=", -1);
                        if (lr.length != 2 || pairs.put(Integer.parseInt(lr[0]), Integer.parseInt(lr[1])) != null) {
                            throw new InvalidAnswerException("a match must be distinct 'left=right' pairs, was '" + text + "'");
                        }
                    }
                    return new Match(pairs);
                default:
                    throw new InvalidAnswerException("an answer must start with choice, order, match or text, was '" + text + "'");
            }
        } catch (NumberFormatException e) {
            throw new InvalidAnswerException("an answer holds something that is not a position: '" + text + "'");
        }
    }

    /**
     * Checks that this answer fits the question: the right kind, positions that exist, at most
     * one choice for single choice, every item exactly once for ordering.
     *
     * @throws InvalidAnswerException naming the question and the value
     */
    default void checkFits(Question q, String ref) {
        fits(q, ref);
    }

    /**
     * Checks that this answer fits the question, as {@link #checkFits(Question, String)} does;
     * the reference is turned into text only for a message.
     *
     * @throws InvalidAnswerException naming the question and the value
     * @since 0.2
     */
    default void checkFits(Question q, QuestionRef ref) {
        fits(q, ref);
    }

    private void fits(Question q, Object ref) {
        // Built only when an answer does not fit: scoring checks every answer of every attempt.
        Supplier<String> where = () -> "the answer '" + encode() + "' to " + ref + " (" + q.typeName() + ")";
        q.accept(new QuestionVisitor<Void>() {
            @Override
            public Void singleChoice(SingleChoice s) {
                Choice c = kind(Choice.class, where);
                within(c.positions(), s.options().size(), where, "options");
                if (c.positions().size() > 1) {
                    throw new InvalidAnswerException(where.get() + " chooses " + c.positions().size() + " options; choose at most one");
                }
                return null;
            }

            @Override
            public Void multipleResponse(MultipleResponse m) {
                within(kind(Choice.class, where).positions(), m.options().size(), where, "options");
                return null;
            }

            @Override
            public Void ordering(Ordering o) {
                Order ord = kind(Order.class, where);
                within(ord.sequence(), o.items().size(), where, "items");
                if (ord.sequence().size() != o.items().size()) {
                    throw new InvalidAnswerException(where.get() + " orders " + ord.sequence().size() + " of "
                            + o.items().size() + " items; put every item in the order");
                }
                return null;
            }

            @Override
            public Void matching(Matching m) {
                Match mat = kind(Match.class, where);
                within(mat.pairs().keySet(), m.pairs().size(), where, "left sides");
                // the count of rights() without building the list: every answer of every attempt is checked
                within(mat.pairs().values(), m.pairs().size() + m.distractors().size(), where, "right sides");
                return null;
            }

            @Override
            public Void openResponse(OpenResponse o) {
                Text text = kind(Text.class, where);
                o.limit().filter(most -> text.length() > most).ifPresent(most -> {
                    throw new InvalidAnswerException("the open answer to " + ref + " has " + text.length()
            + " characters; the question takes at most " + most);
                });
                return null;
            }
        });
    }

    /**
     * This answer as the given kind, or empty when it is another kind.
     *
     * @since 0.2
     */
    default <T extends Answer> Optional<T> as(Class<T> kind) {
        return kind.isInstance(this) ? Optional.of(kind.cast(this)) : Optional.empty();
    }

    private <T extends Answer> T kind(Class<T> type, Supplier<String> where) {
        if (!type.isInstance(this)) {
            throw new InvalidAnswerException(where.get() + " is of the wrong kind");
        }
        return type.cast(this);
    }

    private static void within(Collection<Integer> positions, int size, Supplier<String> where, String what) {
        for (int p : positions) {
            if (p > size) {
                throw new InvalidAnswerException(where.get() + " names position " + p + ", but the question has " + size + " " + what);
            }
        }
    }

    private static List<Integer> numbers(String[] parts) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            out.add(Integer.parseInt(parts[i]));
        }
        return out;
    }

    private static String joined(List<Integer> values) {
        return values.stream().map(v -> " " + v).collect(Collectors.joining());
    }

    private static List<Integer> sortedDistinct(List<Integer> values, String what) {
        TreeSet<Integer> set = new TreeSet<>();
        for (Integer v : values) {
            positive(v, what);
            if (!set.add(v)) {
                throw new InvalidAnswerException("a " + what + " is named twice: " + values);
            }
        }
        return List.copyOf(set);
    }

    private static void positive(Integer p, String what) {
        if (p == null || p < 1) {
            throw new InvalidAnswerException("a " + what + " position must be ≥ 1, was " + p);
        }
    }
}
