package org.securebase.quiz.codec;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.json.Json;
import org.securebase.quiz.json.JsonException;
import org.securebase.quiz.json.JsonText;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Key;

/**
 * Reads the text {@link QuizCodec#write(AnswerKey)} makes, for tests that check the key's text
 * form round-trips. Production code replays keys from the store's audit records instead.
 */
final class AnswerKeyText {
    private AnswerKeyText() {
    }

    /** @throws JsonException naming what is malformed or missing */
    static AnswerKey read(String text) {
        Json.Obj o = JsonText.parse(text).asObject("a frozen answer key");
        QuizCodec.format(o, QuizCodec.KEY_FORMAT);
        try {
            Map<QuestionRef, Key> keys = new TreeMap<>();
            o.obj("keys").members().forEach((r, k) -> keys.put(QuestionRef.parse(r), Key.parse(k.asString("key of " + r))));
            Set<QuestionRef> voided = new TreeSet<>();
            o.arr("voided").forEach(v -> voided.add(QuestionRef.parse(v.asString("a voided question"))));
            return new AnswerKey(o.str("quiz"), keys, voided);
        } catch (JsonException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new JsonException("frozen answer key of quiz " + o.optStr("quiz") + ": " + e.getMessage());
        }
    }
}
