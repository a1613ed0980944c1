package org.securebase.export.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.securebase.export.verification.SignedFields.Field;

class SealTest {
    static final SigningKey KEY = SigningKey.generate();

    @Test
    void verificationStringReadsBackToTheSameSeal() {
        Seal seal = Seal.sign(KEY, new SignedFields("k/1", List.of(new Field("a", "1"))));
        String s = seal.verificationString();
        assertTrue(s.matches("SB2:[0-9a-f]{16}:[A-Za-z0-9_-]{86}"), s);
        assertEquals(seal, Seal.parse(s));
    }

    @Property
    void codesAreTenUnambiguousCharactersInTwoGroups(@ForAll @Size(64) byte[] signature) {
        String code = VerificationCode.of(signature);
        assertTrue(code.matches("[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}"), code);
        assertEquals(code, VerificationCode.normalise(code.toLowerCase(java.util.Locale.ROOT).replace("-", " ")));
    }

    @Test
    void readsTypedLookalikesAsDigits() {
        assertEquals("01110-ABCDE", VerificationCode.normalise("oIL1o abcde"));
        assertThrows(VerificationException.class, () -> VerificationCode.normalise("ABCDE"));
    }
}
