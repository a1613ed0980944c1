package org.securebase.quiz.store;

import java.time.Instant;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/** Checks shared by the attempt records. */
final class AttemptChecks {
    private AttemptChecks() {
    }

    static void header(String quizId, String traineeId, int number, String variantCode, AttemptSource source) {
        Values.key(quizId, "quiz id of an attempt");
        Values.key(traineeId, "trainee id of an attempt");
        if (number < 1) {
            throw new ModelException("attempt number must be ≥ 1, was " + number);
        }
        Values.key(variantCode, "variant code of an attempt");
        Checks.present(source, "source of an attempt");
    }

    static void order(Instant startedAt, Instant submittedAt, String what) {
        if (submittedAt.isBefore(startedAt)) {
            throw new ModelException(what + " was submitted at " + submittedAt + ", before it started at " + startedAt);
        }
    }

    static void distinct(List<MarkedResponse> responses, String what) {
        QuestionRef twice = Checks.firstDuplicate(responses.stream().map(MarkedResponse::question).toList());
        if (twice != null) {
            throw new ModelException(what + " holds two responses to " + twice);
        }
    }

    static void extraMinutes(int minutes, String what) {
        if (minutes < 0) {
            throw new ModelException("extra minutes of " + what + " must be ≥ 0, was " + minutes);
        }
    }
}
