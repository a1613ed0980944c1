package org.securebase.quiz.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.OpenResponseFixtures;

/** An open answer is kept exactly as typed, fits only its question's limit, and earns nothing until graded. */
class OpenAnswerTest {
    static final QuestionRef REF = QuestionRef.parse("couple-late-text#q5");

    static OpenResponse open(Integer limit) {
        return OpenResponseFixtures.anyOpenResponse(limit);
    }

    @Property
    void anOpenAnswerReadsBackAsTyped(@ForAll @NotBlank String text) {
        Answer.Text answer = new Answer.Text(text);
        String line = answer.encode();
        assertTrue(line.indexOf('\n') < 0 && line.indexOf('\r') < 0, "one line: " + line);
        assertEquals(answer, Answer.parse(line));
    }

    @Test
    void escapesLineBreaksAndBackslashes() {
        assertEquals("text I hear\\nfear \\\\ hurt", new Answer.Text("I hear\nfear \\ hurt").encode());
        assertEquals(new Answer.Text("  spaced  \r\n"), Answer.parse("text   spaced  \\r\\n"));
    }

    @Test
    void refusesABlankOpenAnswer() {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> new Answer.Text(" \n "));
        assertEquals("an open answer must hold some text, was blank", e.getMessage());
    }

    @Test
    void countsCharactersAsAReaderDoesAndRefusesAnAnswerOverTheLimit() {
        assertEquals(3, new Answer.Text("é😀a").length());
        new Answer.Text("é😀a").checkFits(open(3), REF);
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class,
                () -> new Answer.Text("four").checkFits(open(3), REF));
        assertEquals("the open answer to couple-late-text#q5 has 4 characters; the question takes at most 3", e.getMessage());
        InvalidAnswerException kind = assertThrows(InvalidAnswerException.class,
                () -> Answer.Choice.of(1).checkFits(open(null), REF));
        assertTrue(kind.getMessage().endsWith("is of the wrong kind"), kind.getMessage());
    }

    @Test
    void anOpenResponseIsKeyedAsGradedAndEarnsNothingUntilGraded() {
        Key key = Key.of(open(null));
        assertEquals(new Key.Graded(), key);
        assertEquals(key, Key.parse("graded"));
        key.checkFits(open(null), REF);
        ScoringRule rule = ScoringRule.of(open(null));
        assertEquals("open-response/rubric", rule.ruleName());
        assertEquals(0, rule.credit(key, new Answer.Text("There is fear under the anger.")));
        assertThrows(InvalidAnswerException.class, () -> rule.credit(key, Answer.Choice.of(1)));
        assertThrows(InvalidAnswerException.class, () -> Key.parse("text a key"));
    }
}
