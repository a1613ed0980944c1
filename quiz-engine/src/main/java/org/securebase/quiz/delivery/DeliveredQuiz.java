package org.securebase.quiz.delivery;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.assembly.QuizSection;
import org.securebase.quiz.assembly.VignetteBlock;
import org.securebase.quiz.variant.Letters;
import org.securebase.quiz.variant.Variant;

/**
 * What a trainee (or a handout) is shown: the quiz in one variant's order, with each vignette's
 * case before its questions and no key anywhere (see {@link DeliveredQuestion}). Expert
 * annotations are held back too: they explain the answers.
 *
 * @param quizId the quiz
 * @param variantCode the variant's short code, to print and show
 * @param title the quiz title
 * @param instructions shown before the first question, or null
 * @param timeLimitMinutes the time limit, or null
 * @param sections in blueprint order
 * @since 0.1
 */
public record DeliveredQuiz(String quizId, String variantCode, String title, String instructions,
                            Integer timeLimitMinutes, List<Section> sections) {

    /** Copies the sections. */
    public DeliveredQuiz {
        sections = Checks.nonEmpty(sections, "sections of a delivered quiz");
    }

    /**
     * A section as shown.
     *
     * @param id the section id
     * @param title its title
     * @param blocks each vignette's case with its questions
     */
    public record Section(String id, String title, List<Block> blocks) {
        /** Copies the blocks. */
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * One vignette's case followed by its questions.
     *
     * @param vignette the case
     * @param questions its questions in delivery order
     */
    public record Block(Case vignette, List<DeliveredQuestion> questions) {
        /** Copies the questions. */
        public Block {
            questions = List.copyOf(questions);
        }
    }

    /**
     * The case material a trainee reads: no annotations, no questions.
     *
     * @param id the vignette id
     * @param title the case title
     * @param clients who is in the room
     * @param background the background paragraphs
     * @param transcript the session turns
     * @param contentNotes the difficult material the case holds, shown before it; possibly none
     */
    public record Case(String id, String title, List<Client> clients, List<String> background, List<Turn> transcript,
                       List<String> contentNotes) {
        /** Copies the lists. */
        public Case {
            clients = List.copyOf(clients);
            background = List.copyOf(background);
            transcript = List.copyOf(transcript);
            contentNotes = contentNotes == null ? List.of() : List.copyOf(contentNotes);
        }

        /** The notes as one line for trainees ("Content note: this case includes …"), or null when there are none. */
        public String contentNoteLine() {
            return contentNotes.isEmpty() ? null : "Content note: this case includes " + String.join("; ", contentNotes) + ".";
        }
    }

    /** The quiz as the variant shows it. */
    public static DeliveredQuiz of(Quiz quiz, Variant variant) {
        if (!variant.quizId().equals(quiz.id())) {
            throw new org.securebase.model.ModelException("variant " + variant.code() + " belongs to quiz "
                    + variant.quizId() + ", not to quiz " + quiz.id());
        }
        int number = 0;
        List<Section> sections = new ArrayList<>();
        for (QuizSection s : variant.sections()) {
            List<Block> blocks = new ArrayList<>();
            for (VignetteBlock b : s.blocks()) {
                Vignette v = quiz.vignette(b.vignetteId());
                List<DeliveredQuestion> questions = new ArrayList<>();
                for (QuestionRef r : b.questions()) {
                    questions.add(question(++number, r, quiz.question(r).question(), variant.arrangement(r)));
                }
                blocks.add(new Block(new Case(v.id(), v.title(), v.clients(), v.background(), v.transcript(),
                        v.contentNotes()), questions));
            }
            sections.add(new Section(s.id(), s.title(), blocks));
        }
        return new DeliveredQuiz(quiz.id(), variant.code(), quiz.settings().title(), quiz.settings().instructions(),
                quiz.settings().timeLimitMinutes(), sections);
    }

    private static DeliveredQuestion question(int number, QuestionRef r, Question q, List<Integer> arrangement) {
        return q.accept(new QuestionVisitor<DeliveredQuestion>() {
            @Override
            public DeliveredQuestion singleChoice(SingleChoice s) {
                return new DeliveredQuestion.Choice(r, number, q.stem(), q.points(), false,
                        lettered(arrangement, s.options().stream().map(ChoiceOption::text).toList()));
            }

            @Override
            public DeliveredQuestion multipleResponse(MultipleResponse m) {
                return new DeliveredQuestion.Choice(r, number, q.stem(), q.points(), true,
                        lettered(arrangement, m.options().stream().map(ChoiceOption::text).toList()));
            }

            @Override
            public DeliveredQuestion ordering(Ordering o) {
                return new DeliveredQuestion.OrderingTask(r, number, q.stem(), q.points(), lettered(arrangement, o.items()));
            }

            @Override
            public DeliveredQuestion matching(Matching m) {
                return new DeliveredQuestion.MatchingTask(r, number, q.stem(), q.points(),
                        m.pairs().stream().map(MatchPair::left).toList(),
                        lettered(arrangement, m.rights()));
            }

            @Override
            public DeliveredQuestion openResponse(OpenResponse o) {
                return new DeliveredQuestion.WritingTask(r, number, q.stem(), q.points(), o.maxLength());
            }
        });
    }

    private static List<DeliveredQuestion.Lettered> lettered(List<Integer> arrangement, List<String> written) {
        List<DeliveredQuestion.Lettered> out = new ArrayList<>();
        for (int place = 0; place < arrangement.size(); place++) {
            out.add(new DeliveredQuestion.Lettered(Letters.of(place + 1), written.get(arrangement.get(place) - 1)));
        }
        return out;
    }
}
