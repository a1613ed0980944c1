package org.securebase.export.verification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Set;

/**
 * A sponsor's Ed25519 signing key, created once and kept in a PEM file that only its owner can
 * read (POSIX mode 600 where the file system has POSIX permissions), beside the public key
 * that the sponsor publishes.
 *
 * @since 0.1
 */
public final class SigningKey {
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private final PrivateKey privateKey;
    private final VerifyingKey verifyingKey;

    private SigningKey(PrivateKey privateKey, VerifyingKey verifyingKey) {
        this.privateKey = privateKey;
        this.verifyingKey = verifyingKey;
    }

    /** A fresh key pair held in memory only (for tests and sample data). */
    public static SigningKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new SigningKey(pair.getPrivate(), new VerifyingKey(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new VerificationException("this JDK cannot generate Ed25519 keys: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the key pair from {@code signing-key.pem} and {@code public-key.pem} in a folder,
     * creating both (private key mode 600) when neither exists yet.
     *
     * @param folder where the two files live; created when missing
     * @throws VerificationException when only one file exists, the private key file is
     *     readable by others, or a file is not an Ed25519 key
     */
    public static SigningKey createOrLoad(Path folder) {
        Path privateFile = folder.resolve("signing-key.pem");
        Path publicFile = folder.resolve("public-key.pem");
        boolean hasPrivate = Files.exists(privateFile);
        boolean hasPublic = Files.exists(publicFile);
        if (hasPrivate && hasPublic) {
            return load(privateFile, publicFile);
        }
        if (hasPrivate || hasPublic) {
            throw new VerificationException("found " + (hasPrivate ? privateFile : publicFile) + " without "
                    + (hasPrivate ? publicFile : privateFile) + ": restore the missing file, or move both away to"
                    + " create a new key pair (certificates signed with the old key then no longer verify with the new one)");
        }
        SigningKey key = generate();
        try {
            Files.createDirectories(folder);
            writeOwnerOnly(privateFile, Pem.encode(PRIVATE_LABEL, key.privateKey.getEncoded()));
            Files.writeString(publicFile, key.verifyingKey.toPem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new VerificationException("cannot write the key pair into " + folder + ": " + e.getMessage(), e);
        }
        return key;
    }

    /**
     * Loads a key pair from its two PEM files, refusing a private key file that others may read.
     *
     * @throws VerificationException naming the file that cannot be used
     */
    public static SigningKey load(Path privateFile, Path publicFile) {
        refuseOpenPermissions(privateFile);
        VerifyingKey publicKey = VerifyingKey.read(publicFile);
        try {
            String pem = Files.readString(privateFile, StandardCharsets.US_ASCII);
            byte[] der = Pem.decode(PRIVATE_LABEL, pem, "the signing key file " + privateFile);
            PrivateKey privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
            SigningKey key = new SigningKey(privateKey, publicKey);
            SignedFields probe = new SignedFields("key-check/1", java.util.List.of());
            if (!publicKey.verifies(probe, key.sign(probe))) {
                throw new VerificationException("the signing key " + privateFile + " does not belong to the public key "
                        + publicFile);
            }
            return key;
        } catch (IOException e) {
            throw new VerificationException("cannot read the signing key file " + privateFile + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new VerificationException("the signing key file " + privateFile + " is not an Ed25519 private key", e);
        }
    }

    /** The public half, to publish and to verify with. */
    public VerifyingKey verifyingKey() {
        return verifyingKey;
    }

    /** The Ed25519 signature (64 bytes) over the fields' canonical bytes. */
    public byte[] sign(SignedFields fields) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(fields.canonical());
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new VerificationException("cannot sign with the Ed25519 key: " + e.getMessage(), e);
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        if (Files.getFileStore(file.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
            } catch (FileAlreadyExistsException e) {
                throw new IOException("the signing key file " + file + " appeared while it was being created", e);
            }
            Files.setPosixFilePermissions(file, ownerOnly);
            Files.write(file, bytes);
        } else {
            Files.write(file, bytes);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            file.toFile().setWritable(false, false);
            file.toFile().setWritable(true, true);
        }
    }

    private static void refuseOpenPermissions(Path privateFile) {
        if (!Files.isReadable(privateFile)) {
            throw new VerificationException("the signing key file " + privateFile + " is missing or unreadable");
        }
        try {
            if (Files.getFileStore(privateFile).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(privateFile);
                if (perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
                    throw new VerificationException("the signing key file " + privateFile + " can be read by others ("
                            + PosixFilePermissions.toString(perms) + "): run 'chmod 600 " + privateFile + "'");
                }
            }
        } catch (IOException e) {
            throw new VerificationException("cannot read the permissions of " + privateFile + ": " + e.getMessage(), e);
        }
    }
}
