package org.securebase.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.CollectedAttempt;
import org.securebase.quiz.results.CollectedAttempts;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.variant.Variant;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Loaded;

/** A result database with a quiz of the bundled post-test and four trainees' attempts, for the export commands. */
final class ResultsFixtures {
    static final String BLUEPRINT = "attachment-workshop-post-test";
    static final String COURSE = "attachment-foundations-workshop-2027";

    private ResultsFixtures() {
    }

    /** Three trainees answer every question right, one answers nothing; returns the quiz id. */
    static String cohort(Path db, AttemptSource source) {
        return cohort(db, source, 4);
    }

    /** The first {@code size} of those four trainees (the last answers nothing). */
    static String cohort(Path db, AttemptSource source, int size) {
        return cohort(db, source, size, null);
    }

    /** The same four, except that t-soc gets {@code missedBySoc} wrong (when not null). */
    static String cohort(Path db, AttemptSource source, int size, QuestionRef missedBySoc) {
        Loaded loaded = ContentLoader.standard().loadBundled((d, t) -> { });
        QuizBlueprint blueprint = loaded.blueprints().stream().filter(b -> b.id().equals(BLUEPRINT)).findFirst().orElseThrow();
        Quiz quiz = Assembly.assemble(blueprint, loaded.library(), 7);
        try (ResultStore store = ResultStore.open(db)) {
            new FrozenQuizzes(store).freeze(quiz);
            List<RegisteredTrainee> all = List.of(new RegisteredTrainee("t-ana", "Ana Lucía Pérez", null, "LMFT 1001", "Northbridge"),
                    new RegisteredTrainee("t-soc", "Σωκράτης Παπαδόπουλος", null, null, null),
                    new RegisteredTrainee("t-anna", "Анна Кузнецова", null, null, null),
                    new RegisteredTrainee("t-olu", "Olu Adeyemi", null, null, null));
            List<RegisteredTrainee> trainees = all.subList(0, size);
            Map<QuestionRef, Answer> perfect = new HashMap<>();
            AnswerKey.of(quiz).keys().forEach((ref, key) -> perfect.put(ref, answer(key)));
            List<CollectedAttempt> attempts = new ArrayList<>();
            Instant at = Instant.parse("2027-04-17T16:00:00Z");
            for (RegisteredTrainee t : trainees) {
                Map<QuestionRef, Answer> given = perfect;
                if (missedBySoc != null && t.id().equals("t-soc")) {
                    given = new HashMap<>(perfect);
                    given.put(missedBySoc, wrong(quiz, missedBySoc));
                }
                attempts.add(new CollectedAttempt(t.id(), Variant.forTrainee(quiz, t.id()),
                        t.id().equals("t-olu") ? Map.of() : given, at));
            }
            new CollectedAttempts(store).record(quiz, trainees, attempts, source);
        }
        return quiz.id();
    }

    /** A wrong answer to a single-choice question: the first option that is not keyed. */
    static Answer wrong(Quiz quiz, QuestionRef ref) {
        Key.Choice key = (Key.Choice) AnswerKey.of(quiz).keys().get(ref);
        return Answer.Choice.of(key.correct().contains(1) ? 2 : 1);
    }

    static Answer answer(Key k) {
        if (k instanceof Key.Choice c) {
            return new Answer.Choice(c.correct());
        }
        if (k instanceof Key.Order o) {
            return new Answer.Order(o.sequence());
        }
        return new Answer.Match(((Key.Match) k).pairs());
    }
}
