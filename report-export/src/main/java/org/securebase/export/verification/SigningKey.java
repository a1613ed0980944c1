package org.securebase.export.verification;

import java.io.IOException;
import java.math.BigInteger;
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
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A sponsor's signing key: an ECDSA P-256 key pair with a self-signed X.509 certificate for it
 * (what PDF readers expect inside a PDF signature), kept in PEM files beside the store, the
 * private key readable by its owner only (POSIX mode 600 where the file system has POSIX
 * permissions). A store made by SecureBase 0.1 holds an Ed25519 key pair
 * ({@code signing-key.pem}, {@code public-key.pem}); both are left as they are, the old key no
 * longer signs, and its public key is published after the new one so the old certificates can
 * still be looked at (decision 0023).
 *
 * @since 0.1
 */
public final class SigningKey {
    /** The private key file of the current key. */
    public static final String PRIVATE_FILE = "signing-key-p256.pem";
    /** The self-signed certificate of the current key. */
    public static final String CERTIFICATE_FILE = "signing-certificate-p256.pem";
    /**
     * The public key file: in a new folder the current key, written when the key is created; in
     * a version 0.1 folder its Ed25519 key, left as it was (and published as retired).
     */
    public static final String PUBLIC_FILE = "public-key.pem";

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String CERTIFICATE_LABEL = "CERTIFICATE";
    private static final String ECDSA = "SHA256withECDSAinP1363Format";

    private final PrivateKey privateKey;
    private final X509Certificate certificate;
    private final VerifyingKey verifyingKey;
    private final List<VerifyingKey> retired;

    private SigningKey(PrivateKey privateKey, X509Certificate certificate, List<VerifyingKey> retired) {
        this.privateKey = privateKey;
        this.certificate = certificate;
        this.verifyingKey = new VerifyingKey(certificate.getPublicKey());
        if (verifyingKey.type() != VerifyingKey.KeyType.P256) {
            throw new VerificationException("a signing key must be ECDSA P-256, was " + verifyingKey.type());
        }
        this.retired = List.copyOf(retired);
    }

    /** A fresh key pair held in memory only (for tests and sample data). */
    public static SigningKey generate() {
        return generate(Instant.now());
    }

    private static SigningKey generate(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(pair.getPrivate(), selfSigned(pair, now), List.of());
        } catch (GeneralSecurityException e) {
            throw new VerificationException("this JDK cannot generate ECDSA P-256 keys: " + e.getMessage(), e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, Instant now) throws GeneralSecurityException {
        String id = VerifyingKey.idOf(pair.getPublic().getEncoded());
        X500Name name = new X500Name("CN=SecureBase certificate signing key " + id + ",O=SecureBase sponsor");
        Instant from = now.truncatedTo(ChronoUnit.DAYS);
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(1, java.util.HexFormat.of().parseHex(id)), Date.from(from),
                    Date.from(from.plus(365L * 30, ChronoUnit.DAYS)), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())).getEncoded();
            return certificate(der, "the new signing certificate");
        } catch (OperatorCreationException | IOException e) {
            throw new VerificationException("cannot make the self-signed certificate: " + e.getMessage(), e);
        }
    }

    /**
     * Loads the current key from {@value #PRIVATE_FILE} and {@value #CERTIFICATE_FILE} in a
     * folder, creating both (private key mode 600, and {@value #PUBLIC_FILE} when absent) when
     * neither exists yet. A version 0.1 Ed25519 {@value #PUBLIC_FILE} in the folder is kept and
     * published as retired.
     *
     * @param folder where the files live; created when missing
     * @throws VerificationException when only one file exists, the private key file is
     *     readable by others, or a file is not what its name says
     */
    public static SigningKey createOrLoad(Path folder) {
        Path privateFile = folder.resolve(PRIVATE_FILE);
        Path certificateFile = folder.resolve(CERTIFICATE_FILE);
        boolean hasPrivate = Files.exists(privateFile);
        boolean hasCertificate = Files.exists(certificateFile);
        List<VerifyingKey> retired = retiredKeys(folder);
        if (hasPrivate && hasCertificate) {
            return load(privateFile, certificateFile, retired);
        }
        if (hasPrivate || hasCertificate) {
            throw new VerificationException("found " + (hasPrivate ? privateFile : certificateFile) + " without "
                    + (hasPrivate ? certificateFile : privateFile) + ": restore the missing file, or move both away to"
                    + " create a new key pair (certificates signed with the old key then no longer verify with the new one)");
        }
        SigningKey fresh = generate();
        SigningKey key = new SigningKey(fresh.privateKey, fresh.certificate, retired);
        try {
            Files.createDirectories(folder);
            writeOwnerOnly(privateFile, Pem.encode(PRIVATE_LABEL, key.privateKey.getEncoded()));
            Files.writeString(certificateFile, Pem.encode(CERTIFICATE_LABEL, key.certificate.getEncoded()),
                    StandardCharsets.US_ASCII);
            if (!Files.exists(folder.resolve(PUBLIC_FILE))) {
                Files.writeString(folder.resolve(PUBLIC_FILE), key.verifyingKey.toPem(), StandardCharsets.US_ASCII);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new VerificationException("cannot write the key pair into " + folder + ": " + e.getMessage(), e);
        }
        return key;
    }

    private static List<VerifyingKey> retiredKeys(Path folder) {
        Path file = folder.resolve(PUBLIC_FILE);
        List<VerifyingKey> keys = new ArrayList<>();
        if (Files.exists(file)) {
            PublishedKeys.read(file).keys().stream().filter(k -> k.type() == VerifyingKey.KeyType.ED25519)
                    .forEach(keys::add);
        }
        return keys;
    }

    private static SigningKey load(Path privateFile, Path certificateFile, List<VerifyingKey> retired) {
        refuseOpenPermissions(privateFile);
        try {
            byte[] der = Pem.decode(PRIVATE_LABEL, Files.readString(privateFile, StandardCharsets.US_ASCII),
                    "the signing key file " + privateFile);
            PrivateKey privateKey = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            X509Certificate certificate = certificate(Pem.decode(CERTIFICATE_LABEL,
                    Files.readString(certificateFile, StandardCharsets.US_ASCII), "the certificate file " + certificateFile),
                    "the certificate file " + certificateFile);
            SigningKey key = new SigningKey(privateKey, certificate, retired);
            byte[] probe = "key-check/1".getBytes(StandardCharsets.US_ASCII);
            if (!key.verifyingKey.verifies(probe, key.signBytes(probe))) {
                throw new VerificationException("the signing key " + privateFile + " does not belong to the certificate "
                        + certificateFile);
            }
            return key;
        } catch (IOException e) {
            throw new VerificationException("cannot read the signing key file " + privateFile + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new VerificationException("the signing key file " + privateFile + " is not an ECDSA private key", e);
        }
    }

    /** The public key in a certificate file of a key folder. */
    static VerifyingKey certificateKey(Path certificateFile) {
        try {
            String where = "the certificate file " + certificateFile;
            return new VerifyingKey(certificate(Pem.decode(CERTIFICATE_LABEL,
                    Files.readString(certificateFile, StandardCharsets.US_ASCII), where), where).getPublicKey());
        } catch (IOException e) {
            throw new VerificationException("cannot read the certificate file " + certificateFile + ": " + e.getMessage(), e);
        }
    }

    private static X509Certificate certificate(byte[] der, String where) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new VerificationException(where + " is not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** The public half of the current key, to verify with. */
    public VerifyingKey verifyingKey() {
        return verifyingKey;
    }

    /** Every key to publish: the current one, then retired keys of earlier versions. */
    public PublishedKeys published() {
        List<VerifyingKey> all = new ArrayList<>();
        all.add(verifyingKey);
        all.addAll(retired);
        return new PublishedKeys(all);
    }

    /** The self-signed X.509 certificate of the key, DER. */
    public byte[] certificate() {
        try {
            return certificate.getEncoded();
        } catch (CertificateException e) {
            throw new VerificationException("cannot encode the signing certificate: " + e.getMessage(), e);
        }
    }

    X509Certificate x509() {
        return certificate;
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    PublicKey publicKey() {
        return certificate.getPublicKey();
    }

    /** The ECDSA P-256 signature (64 bytes, r || s) over the fields' canonical bytes. */
    public byte[] sign(SignedFields fields) {
        return signBytes(fields.canonical());
    }

    /** The ECDSA P-256 signature (64 bytes, r || s) over some bytes. */
    public byte[] signBytes(byte[] message) {
        try {
            Signature signer = Signature.getInstance(ECDSA);
            signer.initSign(privateKey);
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new VerificationException("cannot sign with the ECDSA key: " + e.getMessage(), e);
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
