package org.securebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve --tls}: one self-signed identity per database, served over TLS only, with Secure cookies. */
class TlsWorkshopTest {
    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");

    @Test
    void aTraineeWhoTrustsTheFingerprintJoinsOverTlsAndGetsASecureCookie(@TempDir Path dir) throws Exception {
        ServerCertificate tls = ServerCertificate.open(dir.resolve("results.db.serve-tls.pem"), List.of("127.0.0.1"), NOW);
        try (RunningWorkshop w = new RunningWorkshop(dir, null, 60, tls)) {
            assertTrue(w.server.address().startsWith("https://127.0.0.1:"), w.server.address());
            Browser trainee = new Browser(w.server.address(), trusting(tls));
            var join = trainee.get("/join");
            assertEquals(200, join.statusCode());
            String cookie = join.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("sb_session="))
                    .findFirst().orElseThrow();
            assertTrue(cookie.contains("Secure"), cookie);
            assertTrue(cookie.contains("HttpOnly"), cookie);
            assertEquals(200, trainee.join(w.secrets.joinCode(), "Ada Tls").statusCode());
        }
    }

    @Test
    void nothingIsServedInTheClearOnTheTlsPort(@TempDir Path dir) throws Exception {
        ServerCertificate tls = ServerCertificate.open(dir.resolve("results.db.serve-tls.pem"), List.of("127.0.0.1"), NOW);
        try (RunningWorkshop w = new RunningWorkshop(dir, null, 60, tls)) {
            assertEquals(1, w.server.listeners(), "only the TLS connector listens");
            URI at = URI.create(w.server.address());
            try (Socket plain = new Socket(at.getHost(), at.getPort())) {
                plain.setSoTimeout(5000);
                OutputStream out = plain.getOutputStream();
                out.write("GET /join HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new String(readSome(plain.getInputStream()), StandardCharsets.ISO_8859_1);
                assertTrue(!answer.contains("Join"), "a plain request was answered with a page: " + answer);
            }
        }
    }

    @Test
    void theIdentityIsMadeOnceOwnerOnlyAndReusedSoTheFingerprintStays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.db.serve-tls.pem");
        ServerCertificate first = ServerCertificate.open(file, List.of("192.168.1.20"), NOW);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        ServerCertificate again = ServerCertificate.open(file, List.of("10.0.0.7"), NOW.plusSeconds(86_400));
        assertEquals(first.fingerprint(), again.fingerprint());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(first.certificate().getEncoded());
        assertEquals(ServerCertificate.fingerprint(digest), first.fingerprint());
        assertTrue(first.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), first.fingerprint());
        assertTrue(first.certificate().getSubjectAlternativeNames().stream()
                .anyMatch(n -> n.get(1).equals("192.168.1.20")), "the LAN address is in the certificate");
    }

    @Test
    void aKeyOthersCanReadIsRefusedWithTheFix(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.db.serve-tls.pem");
        ServerCertificate.open(file, List.of("127.0.0.1"), NOW);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ServerCertificate.open(file, List.of("127.0.0.1"), NOW));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void aDamagedOrExpiredIdentityIsRefusedNotReplacedSilently(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results.db.serve-tls.pem");
        ServerCertificate.open(file, List.of("127.0.0.1"), NOW);
        IllegalStateException expired = assertThrows(IllegalStateException.class,
                () -> ServerCertificate.open(file, List.of("127.0.0.1"), NOW.plusSeconds(900L * 86_400)));
        assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
        Files.writeString(file, "not a key");
        IllegalStateException damaged = assertThrows(IllegalStateException.class,
                () -> ServerCertificate.open(file, List.of("127.0.0.1"), NOW));
        assertTrue(damaged.getMessage().contains("damaged"), damaged.getMessage());
    }

    private static SSLContext trusting(ServerCertificate tls) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("workshop", tls.certificate());
        TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        f.init(trusted);
        SSLContext c = SSLContext.getInstance("TLS");
        c.init(null, f.getTrustManagers(), null);
        return c;
    }

    private static byte[] readSome(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            int n = in.read(buffer);
            return n <= 0 ? new byte[0] : java.util.Arrays.copyOf(buffer, n);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
