package org.securebase.quiz.variant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionLayout;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.assembly.QuizSection;
import org.securebase.quiz.assembly.SeededRandom;
import org.securebase.quiz.assembly.SeriesOrder;
import org.securebase.quiz.assembly.VignetteBlock;
import org.securebase.quiz.scoring.Answer;

/**
 * The order of questions and options one trainee (or one printed handout) sees, derived from the
 * quiz seed and the subject, so neighbours see different orders and a re-print gives the same one.
 *
 * <p>With {@code shuffle-questions}, each section's vignette blocks are shuffled and so are the
 * questions inside each block; a vignette is never split, and the vignettes of a case series move
 * together, their sessions in order ({@link SeriesOrder}). With {@code shuffle-options}, choice
 * options are shuffled. Ordering items and matching right-hand sides are always shuffled, never
 * into the keyed order (their written order is the key). All chance comes from a
 * {@link SeededRandom} seeded by the quiz seed mixed with the subject, and for each section and
 * question with its id, so one question's arrangement does not depend on the others.
 *
 * <p>A variant holds the mapping from delivery letters to written positions, which for ordering
 * questions reveals the key: it belongs to the engine, never to what a trainee sees (see the
 * delivery view in {@code org.securebase.quiz.delivery}).
 *
 * @param quizId the quiz
 * @param subject {@code trainee:<id>} or {@code handout:<number>}
 * @param code the short code printed and shown with the variant ({@link VariantCode})
 * @param sections the quiz's sections with blocks and questions in delivery order
 * @param arrangements per question, the written position shown at each delivery place
 *                     (options, ordering items or matching right-hand sides)
 * @since 0.1
 */
public record Variant(String quizId, String subject, String code, List<QuizSection> sections,
                      Map<QuestionRef, List<Integer>> arrangements) {

    /** Copies the parts; every arrangement must be a permutation of 1..n. */
    public Variant {
        Checks.id(quizId, "quiz id of a variant");
        Checks.text(subject, "subject of a variant");
        VariantCode.check(code);
        sections = Checks.nonEmpty(sections, "sections of a variant");
        Map<QuestionRef, List<Integer>> copy = new TreeMap<>();
        arrangements.forEach((r, a) -> {
            if (!isPermutation(a)) {
                throw new ModelException("the arrangement of " + r + " must list 1.." + a.size() + " once each, was " + a);
            }
            copy.put(r, List.copyOf(a));
        });
        arrangements = Collections.unmodifiableMap(copy);
    }

    /** The variant a trainee sees. */
    public static Variant forTrainee(Quiz quiz, String traineeId) {
        return of(quiz, "trainee:" + Checks.text(traineeId, "trainee id"));
    }

    /** The variant of a printed handout, numbered from 1. */
    public static Variant forHandout(Quiz quiz, int number) {
        return of(quiz, "handout:" + Checks.positive(number, "handout number"));
    }

    /** The handout numbered 1..{@code upTo} whose code is this one (case ignored), if any. */
    public static Optional<Variant> findHandout(Quiz quiz, String code, int upTo) {
        String wanted = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        for (int n = 1; n <= upTo; n++) {
            String c = VariantCode.of(seedOf(quiz, "handout:" + n));
            if (c.equals(wanted)) {
                return Optional.of(forHandout(quiz, n));
            }
        }
        return Optional.empty();
    }

    private static long seedOf(Quiz quiz, String subject) {
        return SeededRandom.mix(quiz.seed(), SeededRandom.hash("variant:" + quiz.id() + ":" + subject));
    }

    private static Variant of(Quiz quiz, String subject) {
        long seed = seedOf(quiz, subject);
        Shape shape = Shape.of(quiz);
        List<QuizSection> sections = new ArrayList<>();
        for (int i = 0; i < shape.sections.length; i++) {
            QuizSection s = shape.sections[i];
            List<VignetteBlock> blocks = new ArrayList<>();
            SeededRandom random = new SeededRandom(SeededRandom.mix(seed, shape.sectionLabels[i]));
            for (VignetteBlock b : s.blocks()) {
                List<QuestionRef> refs = new ArrayList<>(b.questions());
                if (quiz.settings().shuffleQuestions()) {
                    random.shuffle(refs);
                }
                blocks.add(new VignetteBlock(b.vignetteId(), refs));
            }
            if (quiz.settings().shuffleQuestions()) {
                // a case series moves as one unit, its sessions in order (decision 0150); without
                // series every unit is one block, so the shuffle is the one it always was
                List<List<VignetteBlock>> units = SeriesOrder.units(blocks, id -> quiz.vignette(id).inSeries());
                random.shuffle(units);
                blocks = new ArrayList<>();
                for (List<VignetteBlock> unit : units) {
                    blocks.addAll(unit);
                }
            }
            sections.add(new QuizSection(s.id(), s.title(), blocks));
        }
        Map<QuestionRef, List<Integer>> arrangements = new LinkedHashMap<>();
        for (int i = 0; i < shape.refs.length; i++) {
            SeededRandom random = new SeededRandom(SeededRandom.mix(seed, shape.questionLabels[i]));
            arrangements.put(shape.refs[i], arrange(shape.places[i], shape.choices[i], quiz.settings().shuffleOptions(), random));
        }
        return new Variant(quiz.id(), subject, VariantCode.of(seed), sections, arrangements);
    }

    /**
     * What every variant of a quiz shares, worked out once per quiz: its sections, and per question
     * its reference, the hash of its label, how many places it arranges and whether they are choice
     * options. A gradebook makes the variant of every trainee's attempt; before this each one
     * listed the quiz's questions, made their references and hashed their labels again (a JFR
     * profile of the gradebook had variants at a sixth of its time). Quizzes are immutable, so the
     * last shape made is kept and reused while the same quiz comes back.
     */
    private static final class Shape {
        private static volatile Shape last;

        final Quiz quiz;
        final QuizSection[] sections;
        final long[] sectionLabels;
        final QuestionRef[] refs;
        final long[] questionLabels;
        final int[] places;
        final boolean[] choices;

        private Shape(Quiz quiz) {
            this.quiz = quiz;
            sections = quiz.sections().toArray(new QuizSection[0]);
            sectionLabels = new long[sections.length];
            for (int i = 0; i < sections.length; i++) {
                sectionLabels[i] = SeededRandom.hash("section:" + sections[i].id());
            }
            List<LibraryQuestion> questions = quiz.questions();
            int n = questions.size();
            refs = new QuestionRef[n];
            questionLabels = new long[n];
            places = new int[n];
            choices = new boolean[n];
            for (int i = 0; i < n; i++) {
                LibraryQuestion lq = questions.get(i);
                refs[i] = lq.ref();
                questionLabels[i] = SeededRandom.hash("question:" + refs[i]);
                places[i] = QuestionLayout.places(lq.question());
                choices[i] = QuestionLayout.options(lq.question()).isPresent();
            }
        }

        static Shape of(Quiz quiz) {
            Shape s = last;
            if (s == null || s.quiz != quiz) {
                s = new Shape(quiz);
                last = s;
            }
            return s;
        }
    }

    /** True when the list holds each of 1..size once: checked with a table, as a gradebook makes a variant per trainee. */
    private static boolean isPermutation(List<Integer> a) {
        boolean[] seen = new boolean[a.size() + 1];
        for (Integer p : a) {
            if (p == null || p < 1 || p > a.size() || seen[p]) {
                return false;
            }
            seen[p] = true;
        }
        return true;
    }

    private static List<Integer> arrange(int n, boolean choices, boolean shuffleOptions, SeededRandom random) {
        List<Integer> order = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            order.add(i);
        }
        if (n == 0) {
            // an open response arranges nothing: there is no order to shuffle away from
            return order;
        }
        if (choices) {
            if (shuffleOptions) {
                random.shuffle(order);
            }
            return order;
        }
        List<Integer> identity = List.copyOf(order);
        do {
            random.shuffle(order);
        } while (order.equals(identity));
        return order;
    }

    /** Every question in delivery order. */
    public List<QuestionRef> order() {
        return sections.stream().flatMap(s -> s.refs().stream()).toList();
    }

    /** The written positions shown at delivery places 1, 2, … of a question. */
    public List<Integer> arrangement(QuestionRef ref) {
        List<Integer> a = arrangements.get(ref);
        if (a == null) {
            throw new ModelException("variant " + code + " of quiz " + quizId + " does not arrange " + ref);
        }
        return a;
    }

    /** The delivery letter under which a written position is shown. */
    public String letterOf(QuestionRef ref, int writtenPosition) {
        int place = arrangement(ref).indexOf(writtenPosition);
        if (place < 0) {
            throw new ModelException(ref + " has no written position " + writtenPosition);
        }
        return Letters.of(place + 1);
    }

    /** The written position shown under a delivery letter. */
    public int writtenPosition(QuestionRef ref, String letter) {
        List<Integer> a = arrangement(ref);
        int place = Letters.place(letter);
        if (place > a.size()) {
            throw new ModelException("variant " + code + " shows " + a.size() + " choices for " + ref
                    + " (A–" + Letters.of(a.size()) + "), not '" + letter + "'");
        }
        return a.get(place - 1);
    }

    /** A choice answer from the letters chosen. */
    public Answer.Choice choose(QuestionRef ref, List<String> letters) {
        return new Answer.Choice(letters.stream().map(l -> writtenPosition(ref, l)).toList());
    }

    /** An order answer from the letters of the items, first to last. */
    public Answer.Order order(QuestionRef ref, List<String> letters) {
        return new Answer.Order(letters.stream().map(l -> writtenPosition(ref, l)).toList());
    }

    /** A matching answer from the letter of the right-hand side chosen for each left side (numbered 1, 2, … as written). */
    public Answer.Match match(QuestionRef ref, Map<Integer, String> letters) {
        Map<Integer, Integer> pairs = new TreeMap<>();
        letters.forEach((left, letter) -> pairs.put(left, writtenPosition(ref, letter)));
        return new Answer.Match(pairs);
    }
}
