package org.securebase.quiz.rekey;

import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Key;

/**
 * A correction to a delivered quiz's key, with the reason an instructor gives for it.
 *
 * @since 0.1
 */
public sealed interface KeyChange permits KeyChange.Voiding, KeyChange.Rekeying {

    /** The question changed. */
    QuestionRef ref();

    /** Why, in the instructor's words. */
    String reason();

    /** The answer key after the change. */
    AnswerKey applyTo(AnswerKey key, Quiz quiz);

    /** What changed, in words, for the audit record. */
    String describe(AnswerKey before);

    /**
     * Void a question: it counts for no one.
     *
     * @param ref the question
     * @param reason why
     */
    record Voiding(QuestionRef ref, String reason) implements KeyChange {
        /** Requires both. */
        public Voiding {
            Checks.present(ref, "question to void");
            reason = Checks.text(reason, "reason for voiding " + ref);
        }

        @Override
        public AnswerKey applyTo(AnswerKey key, Quiz quiz) {
            return key.withVoided(ref);
        }

        @Override
        public String describe(AnswerKey before) {
            return "voided " + ref + " (key was '" + before.key(ref).encode() + "')";
        }
    }

    /**
     * Give a question a new key, in written positions.
     *
     * @param ref the question
     * @param key the new key
     * @param reason why
     */
    record Rekeying(QuestionRef ref, Key key, String reason) implements KeyChange {
        /** Requires every part. */
        public Rekeying {
            Checks.present(ref, "question to re-key");
            Checks.present(key, "new key for " + ref);
            reason = Checks.text(reason, "reason for re-keying " + ref);
        }

        @Override
        public AnswerKey applyTo(AnswerKey before, Quiz quiz) {
            key.checkFits(quiz.question(ref).question(), ref.toString());
            return before.withKey(ref, key);
        }

        @Override
        public String describe(AnswerKey before) {
            return "re-keyed " + ref + " from '" + before.key(ref).encode() + "'"
                    + (before.isVoided(ref) ? " (voided)" : "") + " to '" + key.encode() + "'";
        }
    }
}
