package org.securebase.model.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.securebase.model.ModelException;

class PersonNameTest {

    @Test
    void acceptsNamesInEveryScriptTraineesBring() throws IOException {
        List<String> names;
        try (InputStream in = PersonNameTest.class.getResourceAsStream("names-in-every-script.txt")) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertEquals(11, names.size());
        for (String n : names) {
            assertEquals(Normalizer.normalize(n, Normalizer.Form.NFC), PersonName.of(n).value());
        }
    }

    @ParameterizedTest
    @NullSource
    @EmptySource
    @ValueSource(strings = {"   ", "\t"})
    void refusesAMissingName(String value) {
        ModelException e = assertThrows(ModelException.class, () -> PersonName.of(value));
        assertEquals("a name is missing or empty", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana\u0000Ruiz", "\u001B[31mAna", "Ana\u007F", "Ana\u009B2J", "Ana\nRuiz"})
    void refusesControlCharactersThatCouldDriveATerminal(String value) {
        ModelException e = assertThrows(ModelException.class, () -> PersonName.of(value));
        assertTrue(e.getMessage().startsWith("a name may not hold a control character (U+"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202EnaiR anA", "Ana \u2066Ruiz\u2069", "Ana\u202ARuiz", "Ana\u2028Ruiz"})
    void refusesBidiOverridesIsolatesAndSeparators(String value) {
        ModelException e = assertThrows(ModelException.class, () -> PersonName.of(value));
        assertTrue(e.getMessage().contains("bidirectional override or isolate")
                || e.getMessage().contains("line or paragraph separator"), e.getMessage());
    }

    @Test
    void refusesANameLongerThanTwoHundredCharactersAndShowsOnlyItsStart() {
        assertEquals(200, PersonName.of("a".repeat(200)).value().length());
        ModelException e = assertThrows(ModelException.class, () -> PersonName.of("a".repeat(10_000)));
        assertTrue(e.getMessage().startsWith("a name may have at most 200 characters, this one has 10000"), e.getMessage());
        assertTrue(e.getMessage().length() < 150, e.getMessage());
    }

    @Property
    void anyNameHoldingARefusedCharacterIsRefused(@ForAll("plain") String name, @ForAll("refused") int bad) {
        String value = name + new String(Character.toChars(bad)) + name;
        assertThrows(ModelException.class, () -> PersonName.of(value));
    }

    @Property
    void plainNamesAreKeptAsWritten(@ForAll("plain") String name) {
        assertEquals(name, PersonName.of(name).value());
    }

    @Provide
    Arbitrary<String> plain() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withChars('é', 'ß', 'Ж', '王', ' ')
                .ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank() && s.strip().equals(s));
    }

    @Provide
    Arbitrary<Integer> refused() {
        return Arbitraries.oneOf(Arbitraries.integers().between(0, 0x1F), Arbitraries.integers().between(0x7F, 0x9F),
                Arbitraries.integers().between(0x202A, 0x202E), Arbitraries.integers().between(0x2066, 0x2069),
                Arbitraries.of(0x2028, 0x2029));
    }
}
