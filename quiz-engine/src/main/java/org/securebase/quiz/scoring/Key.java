package org.securebase.quiz.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;

/**
 * The right answer to one question, in written positions. It starts as what the author wrote
 * ({@link #of(Question)}) and can be changed after delivery by re-keying without touching the
 * content, so recorded answers keep their meaning.
 *
 * @since 0.1
 */
public sealed interface Key permits Key.Choice, Key.Order, Key.Match, Key.Graded {

    /**
     * The correct options of a choice question.
     *
     * @param correct written positions, ascending, distinct, at least one
     */
    record Choice(List<Integer> correct) implements Key {
        /** Requires at least one position, each at least 1. */
        public Choice {
            TreeSet<Integer> set = new TreeSet<>(correct);
            if (set.isEmpty() || set.size() != correct.size() || set.first() < 1) {
                throw new InvalidAnswerException("a key needs distinct positions ≥ 1, was " + correct);
            }
            correct = List.copyOf(set);
        }

        @Override
        public String encode() {
            return "choice" + correct.stream().map(p -> " " + p).collect(Collectors.joining());
        }

        @Override
        public <R> R accept(KeyVisitor<R> visitor) {
            return visitor.choice(this);
        }
    }

    /**
     * The correct order of an ordering question.
     *
     * @param sequence written positions of the items, first to last; a permutation of 1..n
     */
    record Order(List<Integer> sequence) implements Key {
        /** Requires a permutation of 1..n with n at least 2. */
        public Order {
            sequence = List.copyOf(sequence);
            if (sequence.size() < 2 || !new TreeSet<>(sequence).equals(
                    IntStream.rangeClosed(1, sequence.size()).boxed().collect(Collectors.toCollection(TreeSet::new)))) {
                throw new InvalidAnswerException("an order key must name every item 1.." + sequence.size()
                        + " once, was " + sequence);
            }
        }

        @Override
        public String encode() {
            return "order" + sequence.stream().map(p -> " " + p).collect(Collectors.joining());
        }

        @Override
        public <R> R accept(KeyVisitor<R> visitor) {
            return visitor.order(this);
        }
    }

    /**
     * The correct pairs of a matching question.
     *
     * @param pairs written left position to written right position; a one-to-one map of 1..n onto 1..n
     */
    record Match(Map<Integer, Integer> pairs) implements Key {
        /** Requires a one-to-one map of 1..n onto 1..n with n at least 2. */
        public Match {
            TreeMap<Integer, Integer> copy = new TreeMap<>(pairs);
            List<Integer> all = IntStream.rangeClosed(1, copy.size()).boxed().toList();
            if (copy.size() < 2 || !new ArrayList<>(copy.keySet()).equals(all)
                    || !new TreeSet<>(copy.values()).equals(new TreeSet<>(all))) {
                throw new InvalidAnswerException("a matching key must pair each of 1.." + copy.size()
                        + " with a distinct one of 1.." + copy.size() + ", was " + pairs);
            }
            pairs = Collections.unmodifiableMap(copy);
        }

        @Override
        public String encode() {
            return "match" + pairs.entrySet().stream().map(e -> " " + e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining());
        }

        @Override
        public <R> R accept(KeyVisitor<R> visitor) {
            return visitor.match(this);
        }
    }

    /**
     * The key of an open response: there is no right answer to compare with; graders mark the
     * answer against the question's rubric, and the marks come from their ratings.
     *
     * @since 0.3
     */
    record Graded() implements Key {
        /** The one-line form of this key. */
        public static final String TEXT = "graded";

        @Override
        public String encode() {
            return TEXT;
        }

        @Override
        public <R> R accept(KeyVisitor<R> visitor) {
            return visitor.graded(this);
        }
    }

    /** The one-line text form, as for {@link Answer#encode()}. */
    String encode();

    /**
     * Applies the operation for this key's kind.
     *
     * @since 0.2
     */
    <R> R accept(KeyVisitor<R> visitor);

    /** Parses the one-line text form. */
    static Key parse(String text) {
        if (text != null && text.strip().equals(Graded.TEXT)) {
            return new Graded();
        }
        return Answer.parse(text).accept(new AnswerVisitor<Key>() {
            @Override
            public Key choice(Answer.Choice c) {
                return new Choice(c.positions());
            }

            @Override
            public Key order(Answer.Order o) {
                return new Order(o.sequence());
            }

            @Override
            public Key match(Answer.Match m) {
                return new Match(m.pairs());
            }

            @Override
            public Key text(Answer.Text t) {
                throw new InvalidAnswerException("an open answer is not a key: an open response's key is '" + Graded.TEXT + "'");
            }
        });
    }

    /** The key the author wrote. */
    static Key of(Question q) {
        return q.accept(new QuestionVisitor<Key>() {
            @Override
            public Key singleChoice(SingleChoice s) {
                return new Choice(List.of(s.correctPosition()));
            }

            @Override
            public Key multipleResponse(MultipleResponse m) {
                return new Choice(m.correctPositions());
            }

            @Override
            public Key ordering(Ordering o) {
                return new Order(IntStream.rangeClosed(1, o.items().size()).boxed().toList());
            }

            @Override
            public Key matching(Matching m) {
                Map<Integer, Integer> pairs = new TreeMap<>();
                IntStream.rangeClosed(1, m.pairs().size()).forEach(i -> pairs.put(i, i));
                return new Match(pairs);
            }

            @Override
            public Key openResponse(OpenResponse o) {
                return new Graded();
            }
        });
    }

    /**
     * Checks that this key fits the question: the right kind and size, exactly one correct option
     * for single choice.
     *
     * @throws InvalidAnswerException naming the question and the key
     */
    default void checkFits(Question q, String ref) {
        fits(q, ref);
    }

    /**
     * Checks that this key fits the question, as {@link #checkFits(Question, String)} does; the
     * reference is turned into text only for a message.
     *
     * @throws InvalidAnswerException naming the question and the key
     * @since 0.2
     */
    default void checkFits(Question q, QuestionRef ref) {
        fits(q, ref);
    }

    private void fits(Question q, Object ref) {
        Key key = this;
        boolean fits = q.accept(new QuestionVisitor<Boolean>() {
            @Override
            public Boolean singleChoice(SingleChoice s) {
                return key.as(Choice.class).filter(c -> c.correct().size() == 1
                        && c.correct().get(0) <= s.options().size()).isPresent();
            }

            @Override
            public Boolean multipleResponse(MultipleResponse m) {
                return key.as(Choice.class).filter(c -> c.correct().get(c.correct().size() - 1)
                        <= m.options().size()).isPresent();
            }

            @Override
            public Boolean ordering(Ordering o) {
                return key.as(Order.class).filter(k -> k.sequence().size() == o.items().size()).isPresent();
            }

            @Override
            public Boolean matching(Matching m) {
                return key.as(Match.class).filter(k -> k.pairs().size() == m.pairs().size()).isPresent();
            }

            @Override
            public Boolean openResponse(OpenResponse o) {
                return key.as(Graded.class).isPresent();
            }
        });
        if (!fits) {
            throw new InvalidAnswerException("the key '" + encode() + "' for " + ref + " (" + q.typeName() + ")"
                    + " does not fit the question's kind or size");
        }
    }

    /**
     * This key as the given kind, or empty when it is another kind.
     *
     * @since 0.2
     */
    default <T extends Key> Optional<T> as(Class<T> kind) {
        return kind.isInstance(this) ? Optional.of(kind.cast(this)) : Optional.empty();
    }
}
