package org.securebase.export.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
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
                Files.getPosixFilePermissions(dir.resolve("keys").resolve(SigningKey.PRIVATE_FILE))));
        assertTrue(Files.readString(dir.resolve("keys").resolve(SigningKey.CERTIFICATE_FILE))
                .startsWith("-----BEGIN CERTIFICATE-----"));
    }

    @Test
    void loadsTheSameKeyPairTheSecondTime() {
        SigningKey first = SigningKey.createOrLoad(dir);
        SigningKey second = SigningKey.createOrLoad(dir);
        assertEquals(first.verifyingKey().keyId(), second.verifyingKey().keyId());
        assertTrue(first.verifyingKey().verifies(fields, second.sign(fields)));
    }

    @Test
    void signsWithEcdsaP256() {
        assertEquals(VerifyingKey.KeyType.P256, SigningKey.generate().verifyingKey().type());
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
        Files.setPosixFilePermissions(dir.resolve(SigningKey.PRIVATE_FILE), PosixFilePermissions.fromString("rw-r--r--"));
        VerificationException e = assertThrows(VerificationException.class, () -> SigningKey.createOrLoad(dir));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void refusesHalfAKeyPair() throws Exception {
        SigningKey.createOrLoad(dir);
        Files.delete(dir.resolve(SigningKey.CERTIFICATE_FILE));
        assertThrows(VerificationException.class, () -> SigningKey.createOrLoad(dir));
    }

    @Test
    void aVersion01StoreKeepsItsEd25519KeyUntouchedAndPublishesItAsRetired() throws Exception {
        KeyPair old = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Path oldPublic = dir.resolve(SigningKey.PUBLIC_FILE);
        String oldPem = Pem.encode("PUBLIC KEY", old.getPublic().getEncoded());
        Files.writeString(oldPublic, oldPem, StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("signing-key.pem"), Pem.encode("PRIVATE KEY", old.getPrivate().getEncoded()));

        SigningKey key = SigningKey.createOrLoad(dir);

        assertEquals(VerifyingKey.KeyType.P256, key.verifyingKey().type());
        assertEquals(oldPem, Files.readString(oldPublic), "the old public key file is left as it was");
        PublishedKeys published = PublishedKeys.fromPem(key.published().toPem(), "the export");
        assertEquals(2, published.keys().size());
        Signature ed = Signature.getInstance("Ed25519");
        ed.initSign(old.getPrivate());
        ed.update(fields.canonical());
        Seal oldSeal = new Seal(VerifyingKey.KeyType.ED25519, VerifyingKey.idOf(old.getPublic().getEncoded()), ed.sign());
        assertTrue(oldSeal.verifies(published.withId(oldSeal.keyId()).orElseThrow(), fields),
                "a seal of the old key still checks with the published keys");
    }
}
