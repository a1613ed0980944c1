package org.securebase.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securebase.model.question.AnswerSpace;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.delivery.DeliveredQuestion;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;
import org.securebase.web.view.Choice;
import org.securebase.web.view.ChoicePage;
import org.securebase.web.view.Frame;
import org.securebase.web.view.MatchingPage;
import org.securebase.web.view.OrderingPage;
import org.securebase.web.view.Placed;
import org.securebase.web.view.QuestionHead;
import org.securebase.web.view.WritingPage;

/**
 * The page of one question, one template per question type, chosen through the exhaustive
 * {@link QuestionVisitor} so a new type fails to compile until it has a template. The visitor
 * only chooses: what the page shows comes from the {@link DeliveredQuestion} (texts under
 * letters, no key) and the trainee's saved answer.
 *
 * @since 0.2
 */
final class QuestionPages implements QuestionVisitor<Page> {
    private final Delivery delivery;
    private final Sitting sitting;
    private final DeliveredQuestion shown;
    private final Frame frame;
    private final QuestionHead head;
    private final Optional<Answer> saved;

    QuestionPages(Delivery delivery, Sitting sitting, DeliveredQuestion shown, Frame frame, QuestionHead head) {
        this.delivery = delivery;
        this.sitting = sitting;
        this.shown = shown;
        this.frame = frame;
        this.head = head;
        this.saved = sitting.answerTo(shown.ref());
    }

    @Override
    public Page singleChoice(SingleChoice question) {
        return new Page("question/single.jte", choicePage());
    }

    @Override
    public Page multipleResponse(MultipleResponse question) {
        return new Page("question/multiple.jte", choicePage());
    }

    @Override
    public Page ordering(Ordering question) {
        DeliveredQuestion.OrderingTask task = (DeliveredQuestion.OrderingTask) shown;
        List<Integer> sequence = saved.map(a -> ((Answer.Order) a).sequence()).orElse(List.of());
        List<Placed> items = new ArrayList<>();
        for (DeliveredQuestion.Lettered l : task.items()) {
            int at = positionOf(l.letter(), sequence);
            items.add(new Placed(l.letter(), l.text(), at == 0 ? "" : String.valueOf(at)));
        }
        List<String> positions = new ArrayList<>();
        for (int i = 1; i <= items.size(); i++) {
            positions.add(String.valueOf(i));
        }
        return new Page("question/ordering.jte", new OrderingPage(frame, head, items, positions));
    }

    @Override
    public Page matching(Matching question) {
        DeliveredQuestion.MatchingTask task = (DeliveredQuestion.MatchingTask) shown;
        Map<Integer, Integer> pairs = saved.map(a -> ((Answer.Match) a).pairs()).orElse(Map.of());
        List<Placed> lefts = new ArrayList<>();
        for (int i = 0; i < task.lefts().size(); i++) {
            Integer right = pairs.get(i + 1);
            lefts.add(new Placed(String.valueOf(i + 1), task.lefts().get(i),
                    right == null ? "" : delivery.letterOf(sitting, shown.ref(), right)));
        }
        List<Choice> rights = task.rights().stream().map(r -> new Choice(r.letter(), r.text(), false)).toList();
        return new Page("question/matching.jte", new MatchingPage(frame, head, lefts, rights,
                rights.size() - lefts.size()));
    }

    @Override
    public Page openResponse(OpenResponse question) {
        DeliveredQuestion.WritingTask task = shown.writing().orElseThrow();
        String text = saved.flatMap(a -> a.as(Answer.Text.class)).map(Answer.Text::text).orElse("");
        return new Page("question/open.jte", new WritingPage(frame, head, text, task.maxLength(), AnswerSpace.lines(question),
                text.codePointCount(0, text.length())));
    }

    private ChoicePage choicePage() {
        DeliveredQuestion.Choice c = (DeliveredQuestion.Choice) shown;
        List<Integer> picked = saved.map(a -> ((Answer.Choice) a).positions()).orElse(List.of());
        List<String> letters = picked.stream().map(p -> delivery.letterOf(sitting, shown.ref(), p)).toList();
        return new ChoicePage(frame, head, c.options().stream()
                .map(o -> new Choice(o.letter(), o.text(), letters.contains(o.letter()))).toList());
    }

    private int positionOf(String letter, List<Integer> sequence) {
        for (int i = 0; i < sequence.size(); i++) {
            if (delivery.letterOf(sitting, shown.ref(), sequence.get(i)).equals(letter)) {
                return i + 1;
            }
        }
        return 0;
    }
}
