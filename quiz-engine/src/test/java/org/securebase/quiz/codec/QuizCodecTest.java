package org.securebase.quiz.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.ref;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.securebase.quiz.LibraryFixtures;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.json.JsonException;
import org.securebase.quiz.json.JsonText;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Key;

class QuizCodecTest {
    private static final Quiz QUIZ = QuizFixtures.anyQuiz();

    @Test
    void aFrozenQuizReloadsIdentically() {
        String text = QuizCodec.write(QUIZ);
        Quiz back = QuizCodec.read(text);
        assertEquals(QUIZ, back);
        assertEquals(text, QuizCodec.write(back));
    }

    @Property(tries = 30)
    void everyDrawnQuizRoundTrips(@ForAll long seed, @ForAll boolean shuffleQuestions) {
        Quiz q = Assembly.assemble(LibraryFixtures.blueprint(shuffleQuestions, true), LibraryFixtures.anyLibrary(), seed);
        assertEquals(q, QuizCodec.read(QuizCodec.write(q)));
    }

    @Test
    void theTextStartsWithItsFormatAndIsOneLine() {
        String text = QuizCodec.write(QUIZ);
        assertTrue(text.startsWith("{\"format\":\"securebase-quiz-1\",\"id\":\"" + QUIZ.id() + "\""), text.substring(0, 80));
        assertEquals(1, text.lines().count());
    }

    @Test
    void refusesContentEditedAfterFreezing() {
        String text = QuizCodec.write(QUIZ).replace("Pursue–withdraw", "Pursue-withdraw");
        JsonException e = assertThrows(JsonException.class, () -> QuizCodec.read(text));
        assertTrue(e.getMessage().contains("the content was changed after the quiz was drawn"), e.getMessage());
    }

    @Test
    void refusesTextOfAnotherFormat() {
        JsonException e = assertThrows(JsonException.class, () -> QuizCodec.read("{\"format\":\"securebase-quiz-9\"}"));
        assertEquals("expected text in format 'securebase-quiz-1', found format 'securebase-quiz-9'", e.getMessage());
    }

    @Test
    void namesThePositionOfMalformedText() {
        JsonException e = assertThrows(JsonException.class, () -> QuizCodec.read("{\"format\" \"x\"}"));
        assertEquals("JSON error at character 11: expected ':', found '\"'", e.getMessage());
    }

    @Test
    void anAnswerKeyWithChangesRoundTrips() {
        AnswerKey key = AnswerKey.of(QUIZ).withVoided(ref("couple-sunday-dinner#q1"))
                .withKey(ref("couple-late-text#q3"), new Key.Order(List.of(2, 1, 3, 4)));
        String text = QuizCodec.write(key);
        assertEquals(key, AnswerKeyText.read(text));
        assertTrue(text.contains("\"couple-late-text#q3\":\"order 2 1 3 4\""), text);
        assertTrue(text.endsWith("\"voided\":[\"couple-sunday-dinner#q1\"]}"), text);
    }

    @Test
    void jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
        String tricky = "He said \"no\" \\ then\n\ttab \u0001";
        assertEquals(tricky, JsonText.parse(JsonText.write(org.securebase.quiz.json.Json.of(tricky))).asString("s"));
        assertEquals("\"He said \\\"no\\\" \\\\ then\\n\\ttab \\u0001\"", JsonText.write(org.securebase.quiz.json.Json.of(tricky)));
    }
}
