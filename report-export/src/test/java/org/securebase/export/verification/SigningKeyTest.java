package org.securebase.export.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.export.verification.SignedFields.Field;

class SigningKeyTest {
    @TempDir
    Path dir;

    final SignedFields fields = new SignedFields("k/1", List.of(new Field("a", "1")));

    @Test
    void createsThePrivateKeyReadableByItsOwnerOnly() throws Exception {
        SigningKey.createOrLoad(dir.resolve("keys"));
        assertEquals("rw-------", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("keys/signing-key.pem"))));
        assertTrue(Files.readString(dir.resolve("keys/public-key.pem")).startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void loadsTheSameKeyPairTheSecondTime() {
        SigningKey first = SigningKey.createOrLoad(dir);
        SigningKey second = SigningKey.createOrLoad(dir);
        assertEquals(first.verifyingKey().keyId(), second.verifyingKey().keyId());
        assertTrue(first.verifyingKey().verifies(fields, second.sign(fields)));
    }

    @Test
    void verifiesWithThePublishedPemAlone() {
        SigningKey key = SigningKey.generate();
        VerifyingKey published = VerifyingKey.fromPem(key.verifyingKey().toPem());
        assertTrue(published.verifies(fields, key.sign(fields)));
        assertFalse(SigningKey.generate().verifyingKey().verifies(fields, key.sign(fields)));
    }

    @Test
    void refusesAPrivateKeyFileOthersCanRead() throws Exception {
        SigningKey.createOrLoad(dir);
        Files.setPosixFilePermissions(dir.resolve("signing-key.pem"), PosixFilePermissions.fromString("rw-r--r--"));
        VerificationException e = assertThrows(VerificationException.class, () -> SigningKey.createOrLoad(dir));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void refusesHalfAKeyPair() throws Exception {
        SigningKey.createOrLoad(dir);
        Files.delete(dir.resolve("public-key.pem"));
        assertThrows(VerificationException.class, () -> SigningKey.createOrLoad(dir));
    }
}
