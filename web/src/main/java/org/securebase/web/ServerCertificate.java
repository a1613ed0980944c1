package org.securebase.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The workshop server's TLS identity for {@code serve --tls}: an ECDSA P-256 key and a
 * self-signed certificate, made once per database and kept beside it in one PEM file readable by
 * its owner only, so the fingerprint trainees compare stays the same from one workshop to the
 * next. A self-signed certificate encrypts the traffic and lets a trainee who compares the
 * fingerprint know it is this server; it does not make the browser trust the page (it warns).
 *
 * @since 0.2
 */
public final class ServerCertificate {
    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)-----END \\1-----");
    private static final String KEY_LABEL = "PRIVATE KEY";
    private static final String CERT_LABEL = "CERTIFICATE";
    private static final long VALID_DAYS = 825;

    private final PrivateKey key;
    private final X509Certificate certificate;

    private ServerCertificate(PrivateKey key, X509Certificate certificate) {
        this.key = key;
        this.certificate = certificate;
    }

    /**
     * Reads the identity kept in a file, or makes it for the given host names and addresses when
     * the file does not exist yet.
     *
     * @param file where the key and certificate are kept (mode 600)
     * @param hosts the names and addresses trainees open, written into the certificate
     * @param now the time the certificate starts to be valid, when one is made
     * @return the identity
     * @throws IllegalStateException when the file is readable by others, damaged or expired
     */
    public static ServerCertificate open(Path file, List<String> hosts, Instant now) {
        try {
            if (!Files.exists(file)) {
                make(file, hosts, now);
            }
            if (OwnerOnly.readableByOthers(file)) {
                throw new IllegalStateException("the server key " + file + " is readable by other users; run chmod 600 "
                        + file + " (or delete it to make a new one)");
            }
            return read(file, now);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the server certificate " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the certificate trainees' browsers see */
    public X509Certificate certificate() {
        return certificate;
    }

    /** @return the certificate's SHA-256 fingerprint as browsers show it: 32 hex pairs joined by colons */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return fingerprint(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot hash a certificate: " + e.getMessage(), e);
        }
    }

    static String fingerprint(byte[] digest) {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }

    /** @return an in-memory key store holding the key and certificate under an empty password, for the TLS connector */
    KeyStore keyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("securebase-serve", key, new char[0], new java.security.cert.Certificate[] {certificate});
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the server key in memory: " + e.getMessage(), e);
        }
    }

    private static void make(Path file, List<String> hosts, Instant now) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X509Certificate cert = selfSigned(pair, hosts, now);
            OwnerOnly.write(file, pem(KEY_LABEL, pair.getPrivate().getEncoded()) + pem(CERT_LABEL, cert.getEncoded()));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make the server certificate: " + e.getMessage(), e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, List<String> hosts, Instant now)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        byte[] serial = new byte[16];
        new SecureRandom().nextBytes(serial);
        Set<String> names = new LinkedHashSet<>(hosts);
        names.add("localhost");
        names.add("127.0.0.1");
        List<GeneralName> alternatives = new ArrayList<>();
        for (String h : names) {
            alternatives.add(looksLikeAddress(h) ? new GeneralName(GeneralName.iPAddress, h)
                    : new GeneralName(GeneralName.dNSName, h));
        }
        X500Name name = new X500Name("CN=SecureBase workshop server " + hosts.stream().findFirst().orElse("localhost")
                + ",O=SecureBase");
        Instant from = now.truncatedTo(ChronoUnit.DAYS);
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, new BigInteger(1, serial),
                Date.from(from), Date.from(from.plus(VALID_DAYS, ChronoUnit.DAYS)), name, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(alternatives.toArray(new GeneralName[0])));
        byte[] der = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())).getEncoded();
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(der));
    }

    /** An IPv6 literal holds a colon, an IPv4 one only digits and dots; anything else is a host name. */
    private static boolean looksLikeAddress(String host) {
        return host.contains(":") || host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
    }

    private static ServerCertificate read(Path file, Instant now) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        byte[] keyDer = null;
        byte[] certDer = null;
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            byte[] der = Base64.getMimeDecoder().decode(m.group(2));
            if (m.group(1).equals(KEY_LABEL)) {
                keyDer = der;
            } else if (m.group(1).equals(CERT_LABEL)) {
                certDer = der;
            }
        }
        if (keyDer == null || certDer == null) {
            throw damaged(file, "it does not hold a private key and a certificate");
        }
        try {
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(keyDer));
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(certDer));
            if (cert.getNotAfter().toInstant().isBefore(now)) {
                throw new IllegalStateException("the server certificate in " + file + " expired on "
                        + cert.getNotAfter().toInstant().truncatedTo(ChronoUnit.DAYS)
                        + "; delete the file to make a new one (trainees will see a new fingerprint)");
            }
            return new ServerCertificate(key, cert);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw damaged(file, e.getMessage());
        }
    }

    private static IllegalStateException damaged(Path file, String why) {
        return new IllegalStateException("the server certificate " + file + " is damaged (" + why
                + "); delete it to make a new one");
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
