package org.securebase.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.delivery.DeliveredQuestion;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;

/**
 * Reads the answer a question page posted, one reading per question type through the
 * exhaustive {@link QuestionVisitor}: single choice {@code option=B}, multiple response
 * {@code option=A&option=C}, ordering {@code place-A=2} per item, matching {@code match-1=C} per
 * left side, open response {@code answer=...} (the text as typed). Only the letters and positions the trainee's page offered are accepted; anything
 * else is refused. Nothing chosen means no answer (an earlier one is cleared).
 *
 * @since 0.2
 */
final class AnswerForms implements QuestionVisitor<Optional<Answer>> {
    /** Fields every question form carries besides its answer. */
    static final Set<String> COMMON = Set.of("csrf", "seq", "go");

    private final Delivery delivery;
    private final Sitting sitting;
    private final DeliveredQuestion shown;
    private final Form form;

    AnswerForms(Delivery delivery, Sitting sitting, DeliveredQuestion shown, Form form) {
        this.delivery = delivery;
        this.sitting = sitting;
        this.shown = shown;
        this.form = form;
    }

    @Override
    public Optional<Answer> singleChoice(SingleChoice question) {
        List<String> letters = choices(((DeliveredQuestion.Choice) shown).options());
        if (letters.size() > 1) {
            throw HttpRefusal.badRequest("Choose one option only.");
        }
        return letters.isEmpty() ? Optional.empty() : Optional.of(delivery.choose(sitting, shown.ref(), letters));
    }

    @Override
    public Optional<Answer> multipleResponse(MultipleResponse question) {
        List<String> letters = choices(((DeliveredQuestion.Choice) shown).options());
        return letters.isEmpty() ? Optional.empty() : Optional.of(delivery.choose(sitting, shown.ref(), letters));
    }

    @Override
    public Optional<Answer> ordering(Ordering question) {
        List<DeliveredQuestion.Lettered> items = ((DeliveredQuestion.OrderingTask) shown).items();
        Set<String> fields = new HashSet<>(COMMON);
        items.forEach(i -> fields.add("place-" + i.letter()));
        form.only(fields);
        String[] byPosition = new String[items.size()];
        int given = 0;
        for (DeliveredQuestion.Lettered item : items) {
            String p = form.one("place-" + item.letter());
            if (p.isEmpty()) {
                continue;
            }
            int at = number(p, items.size());
            if (byPosition[at - 1] != null) {
                throw new Unfit("Two items have position " + at + ": give every item a different position.");
            }
            byPosition[at - 1] = item.letter();
            given++;
        }
        if (given == 0) {
            return Optional.empty();
        }
        if (given < items.size()) {
            throw new Unfit("Give every item a position from 1 to " + items.size() + " (or none to leave it unanswered).");
        }
        return Optional.of(delivery.order(sitting, shown.ref(), List.of(byPosition)));
    }

    @Override
    public Optional<Answer> matching(Matching question) {
        DeliveredQuestion.MatchingTask task = (DeliveredQuestion.MatchingTask) shown;
        Set<String> letters = new HashSet<>();
        task.rights().forEach(r -> letters.add(r.letter()));
        Set<String> fields = new HashSet<>(COMMON);
        for (int i = 1; i <= task.lefts().size(); i++) {
            fields.add("match-" + i);
        }
        form.only(fields);
        Map<Integer, String> chosen = new TreeMap<>();
        for (int i = 1; i <= task.lefts().size(); i++) {
            String l = form.one("match-" + i);
            if (l.isEmpty()) {
                continue;
            }
            if (!letters.contains(l)) {
                throw HttpRefusal.badRequest("That is not one of the choices offered.");
            }
            chosen.put(i, l);
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(delivery.match(sitting, shown.ref(), chosen));
    }

    @Override
    public Optional<Answer> openResponse(OpenResponse question) {
        Set<String> fields = new HashSet<>(COMMON);
        fields.add("answer");
        form.only(fields);
        // browsers send a text area's line breaks as CR LF; the answer keeps them as typed, one LF each
        String text = form.text("answer").replace("\r\n", "\n");
        if (text.isBlank()) {
            return Optional.empty();
        }
        Answer.Text answer = new Answer.Text(text);
        if (question.maxLength() != null && answer.length() > question.maxLength()) {
            throw new Unfit("Your answer has " + answer.length() + " characters: shorten it to at most "
                    + question.maxLength() + ".");
        }
        return Optional.of(answer);
    }

    private List<String> choices(List<DeliveredQuestion.Lettered> options) {
        Set<String> fields = new HashSet<>(COMMON);
        fields.add("option");
        form.only(fields);
        Set<String> offered = new HashSet<>();
        options.forEach(o -> offered.add(o.letter()));
        Set<String> picked = new LinkedHashSet<>();
        for (String l : form.all("option")) {
            if (!offered.contains(l) || !picked.add(l)) {
                throw HttpRefusal.badRequest("That is not one of the options offered.");
            }
        }
        return new ArrayList<>(picked);
    }

    private static int number(String text, int max) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw HttpRefusal.badRequest("A position must be a number from 1 to " + max + ".");
    }

    /** An answer that does not fit yet (an order with gaps or repeats): the page is shown again to fix it. */
    static final class Unfit extends HttpRefusal {
        private static final long serialVersionUID = 1L;

        Unfit(String message) {
            super(422, "Not saved yet", message);
        }
    }
}
