package org.securebase.export.handout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;

/**
 * A question as one variant presents it: its number in the quiz and the order in which its
 * lettered parts appear — the option texts of a choice question, the items of an ordering
 * question, or the right-hand answers of a matching question, spares included (whose left-hand
 * prompts keep the author's order and are numbered). An open response has no lettered parts.
 *
 * @param number the position in the quiz, from 1
 * @param question the question
 * @param presented the lettered parts in presented order: a reordering of the question's own
 * @since 0.1
 */
public record PresentedQuestion(int number, Question question, List<String> presented) {

    /** Requires that {@code presented} holds exactly the question's parts, each once. */
    public PresentedQuestion {
        Checks.positive(number, "question number");
        Checks.present(question, "question " + number);
        presented = Checks.list(presented, "presented order of question " + question.id());
        List<String> own = parts(question);
        if (presented.size() != own.size() || !new HashSet<>(presented).equals(new HashSet<>(own))) {
            throw new ModelException("the presented order of question " + question.id() + " must hold exactly its "
                    + own.size() + " parts " + own + ", was " + presented);
        }
    }

    /** The question's lettered parts in the author's order. */
    public static List<String> parts(Question q) {
        return q.accept(new QuestionVisitor<List<String>>() {
            @Override
            public List<String> singleChoice(SingleChoice s) {
                return s.options().stream().map(ChoiceOption::text).toList();
            }

            @Override
            public List<String> multipleResponse(MultipleResponse m) {
                return m.options().stream().map(ChoiceOption::text).toList();
            }

            @Override
            public List<String> ordering(Ordering o) {
                return o.items();
            }

            @Override
            public List<String> matching(Matching m) {
                return m.rights();
            }

            @Override
            public List<String> openResponse(OpenResponse o) {
                return List.of();
            }
        });
    }

    /** The key of an open response: graders mark it; the answer key prints the model answer and rubric after it. */
    public static final String GRADED = "graded against the rubric";

    /** The letter of a 0-based position: A, B, … Z, AA, AB … */
    public static String letter(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index)) : letter(index / 26 - 1) + letter(index % 26);
    }

    /** The key: the right letters (choice), the letters in the right order (ordering), number–letter pairs (matching), or {@link #GRADED}. */
    public String key() {
        return question.accept(new QuestionVisitor<String>() {
            @Override
            public String singleChoice(SingleChoice s) {
                return letterOf(s.options().get(s.correctPosition() - 1).text());
            }

            @Override
            public String multipleResponse(MultipleResponse m) {
                List<String> letters = new ArrayList<>();
                for (int i = 0; i < presented.size(); i++) {
                    final String text = presented.get(i);
                    if (m.options().stream().anyMatch(o -> o.text().equals(text) && o.correct())) {
                        letters.add(letter(i));
                    }
                }
                return String.join(", ", letters);
            }

            @Override
            public String ordering(Ordering o) {
                return String.join(" → ", o.items().stream().map(PresentedQuestion.this::letterOf).toList());
            }

            @Override
            public String matching(Matching m) {
                List<MatchPair> pairs = m.pairs();
                List<String> out = new ArrayList<>();
                for (int i = 0; i < pairs.size(); i++) {
                    out.add((i + 1) + "–" + letterOf(pairs.get(i).right()));
                }
                return String.join(", ", out);
            }

            @Override
            public String openResponse(OpenResponse o) {
                return GRADED;
            }
        });
    }

    private String letterOf(String text) {
        return letter(presented.indexOf(text));
    }
}
