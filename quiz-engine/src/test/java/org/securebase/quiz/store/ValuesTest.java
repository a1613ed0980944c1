package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

class ValuesTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " t1", "t1\n", "t\u00071"})
    void rejectsATraineeIdThatIsMissingOrPadded(String id) {
        assertThrows(ModelException.class, () -> RegisteredTrainee.of(id, "Ana"));
    }

    @Test
    void blankOptionalTraineeDetailsBecomeNull() {
        RegisteredTrainee t = new RegisteredTrainee("t1", " Ana Ruiz ", "", " ", null);
        assertEquals("Ana Ruiz", t.name());
        assertNull(t.email());
        assertNull(t.licenceNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-02T09:00:00.123Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z",
            "2024-02-29T12:34:56.789Z", "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z",
            "2026-03-02T09:00:00Z", "2026-03-02T09:00:00.123456Z", "2026-03-02T09:00:00.1Z",
            "2026-03-02T24:00:00.000Z"})
    void readsStoredTimesAsInstantParseDoes(String text) {
        assertEquals(Instant.parse(text), Values.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-29T09:00:00.000Z", "2026-13-02T09:00:00.000Z",
            "2026-03-02T09:60:00.000Z", "2026-03-0xT09:00:00.000Z", "2026-03-02 09:00:00.000Z", "2026-03-02T09:00:00.000+"})
    void rejectsTheTimesInstantParseRejects(String text) {
        assertThrows(java.time.format.DateTimeParseException.class, () -> Instant.parse(text));
        assertThrows(java.time.format.DateTimeParseException.class, () -> Values.parse(text));
    }

    @Test
    void storedTimesKeepMillisecondsAndSortAsText() {
        Instant t = Instant.parse("2026-03-02T09:00:00.123456789Z");
        assertEquals("2026-03-02T09:00:00.123Z", Values.format(new StoredResponse(new QuestionRef("v", "q"), "A", t, false)
                .answeredAt()));
        assertEquals("2026-03-02T09:00:00.000Z", Values.format(Instant.parse("2026-03-02T09:00:00Z")));
        assertEquals(Instant.parse("2026-03-02T09:00:00.123Z"), Values.parse("2026-03-02T09:00:00.123Z"));
    }

    @Test
    void aReKeyNeedsANewKeyAndAVoidTakesNone() {
        QuestionRef q = new QuestionRef("couple-01", "q2");
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        ModelException rekey = assertThrows(ModelException.class,
                () -> new Rescore("quiz", q, RescoreKind.REKEY, "B", null, "typo", at, List.of()));
        assertEquals("re-keying couple-01#q2 needs the new key", rekey.getMessage());
        assertThrows(ModelException.class, () -> new Rescore("quiz", q, RescoreKind.VOID, "B", "C", "typo", at,
                List.of()));
    }

    @Test
    void anAttemptCannotBeSubmittedBeforeItStarted() {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        ModelException e = assertThrows(ModelException.class, () -> new CompletedAttempt("quiz", "t1", "K7Q",
                AttemptSource.IMPORT, start, start.minusSeconds(1), List.of(), StoredScore.of(0, 1, false), true));
        assertEquals("attempt of trainee t1 at quiz quiz was submitted at 2026-03-02T08:59:59Z, before it started at"
                + " 2026-03-02T09:00:00Z", e.getMessage());
    }

    @Test
    void sourcesAndKindsReadBackFromTheirStoredNames() {
        for (AttemptSource s : AttemptSource.values()) {
            assertEquals(s, AttemptSource.ofCode(s.code()));
        }
        assertEquals(RescoreKind.REKEY, RescoreKind.ofCode("rekey"));
        assertThrows(ModelException.class, () -> AttemptSource.ofCode("paper"));
    }
}
