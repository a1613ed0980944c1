package org.securebase.export.verification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.securebase.export.verification.SignedFields.Field;

class SignedFieldsTest {

    @Test
    void encodesEachFieldWithItsUtf8ByteLength() {
        SignedFields f = new SignedFields("securebase-certificate/1",
                List.of(new Field("number", "SB-1"), new Field("trainee-name", "Zoë"), new Field("licence-number", null)));
        assertEquals("securebase-certificate/1\nnumber=4:SB-1\ntrainee-name=4:Zoë\nlicence-number=0:\n",
                new String(f.canonical(), StandardCharsets.UTF_8));
    }

    @Property
    void readingTheCanonicalBytesGivesTheSameFields(@ForAll String a, @ForAll String b) {
        SignedFields f = new SignedFields("k/1", List.of(new Field("a", a), new Field("b", b)));
        SignedFields back = SignedFields.parse(f.canonical());
        assertEquals(f, back);
        assertArrayEquals(f.canonical(), back.canonical());
    }

    @Property
    void movingTextBetweenFieldsChangesTheEncoding(@ForAll String a, @ForAll String b) {
        SignedFields one = new SignedFields("k/1", List.of(new Field("a", a + "\nb=0:"), new Field("b", b)));
        SignedFields two = new SignedFields("k/1", List.of(new Field("a", a), new Field("b", "\nb=0:" + b)));
        assertFalse(java.util.Arrays.equals(one.canonical(), two.canonical()));
    }

    @Test
    void treatsComposedAndDecomposedAccentsAlike() {
        assertArrayEquals(new SignedFields("k/1", List.of(new Field("n", "Zoe\u0308"))).canonical(),
                new SignedFields("k/1", List.of(new Field("n", "Zoë"))).canonical());
    }

    @Test
    void refusesBytesThatAreNotCanonical() {
        byte[] wrongLength = "k/1\na=3:ab\n".getBytes(StandardCharsets.UTF_8);
        byte[] decomposed = "k/1\na=3:e\u0301\n".getBytes(StandardCharsets.UTF_8);
        byte[] leadingZero = "k/1\na=02:ab\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(VerificationException.class, () -> SignedFields.parse(wrongLength));
        assertThrows(VerificationException.class, () -> SignedFields.parse(decomposed));
        assertThrows(VerificationException.class, () -> SignedFields.parse(leadingZero));
    }

    @Test
    void refusesAFieldNamedTwice() {
        VerificationException e = assertThrows(VerificationException.class,
                () -> new SignedFields("k/1", List.of(new Field("a", "1"), new Field("a", "2"))));
        assertEquals("signed fields name 'a' twice", e.getMessage());
    }
}
