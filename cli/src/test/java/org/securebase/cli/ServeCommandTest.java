package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve}: a course or blueprint served on a loopback port until stopped, and its one-line refusals. */
class ServeCommandTest {
    private static final Pattern ADDRESS = Pattern.compile("Trainees open:\\s+(https?://\\S+)");

    @TempDir
    Path dir;

    @Test
    void servesACourseQuizPrintsTheAddressJoinCodeAndQrAndStopsWhenInterrupted() throws Exception {
        Serving serving = Serving.start("--db", dir.resolve("w.db").toString(), "serve",
                "attachment-foundations-workshop-2027", "--bind", "127.0.0.1", "--port", "0", "--minutes", "30");
        String address = serving.address();
        assertTrue(address != null && address.startsWith("http://127.0.0.1:"), serving.printed());
        String printed = serving.printed();
        assertTrue(printed.matches("(?s).*Join code:\\s+[A-Z2-9]{6}\\n.*"), printed);
        assertTrue(printed.contains("\u2588"), "a QR code drawn in blocks: " + printed);
        assertTrue(printed.contains("/instructor?token="), printed);
        HttpResponse<String> join = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address + "join"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, join.statusCode());
        assertTrue(join.body().contains("<svg class=\"qr\""), join.body());
        assertEquals(0, serving.stop());
        assertTrue(Files.exists(dir.resolve("w.db.serve-key")));
    }

    @Test
    void withTlsServesHttpsAndPrintsTheFingerprintOfTheCertificateItServes() throws Exception {
        Serving serving = Serving.start("--db", dir.resolve("w.db").toString(), "serve", "attachment-foundations-check",
                "--bind", "127.0.0.1", "--port", "0", "--tls");
        String printed = serving.printed();
        assertTrue(serving.address() != null && serving.address().startsWith("https://"), printed);
        Matcher fingerprint = Pattern.compile("((?:[0-9A-F]{2}:){31}[0-9A-F]{2})").matcher(printed);
        assertTrue(fingerprint.find(), printed);
        URI at = URI.create(serving.address());
        javax.net.ssl.SSLContext any = javax.net.ssl.SSLContext.getInstance("TLS");
        java.security.cert.X509Certificate[][] seen = new java.security.cert.X509Certificate[1][];
        any.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String auth) {
                throw new UnsupportedOperationException("no client certificates here");
            }

            @Override
            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String auth) {
                seen[0] = chain;
            }

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) any.getSocketFactory()
                .createSocket(at.getHost(), at.getPort())) {
            socket.startHandshake();
        }
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(seen[0][0].getEncoded());
        assertEquals(fingerprint.group(1), java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
        assertEquals(0, serving.stop());
    }

    @Test
    void aTlsKeyOthersCanReadIsRefusedInOneLine() throws IOException {
        Path key = Files.writeString(dir.resolve("w.db.serve-tls.pem"), "-----BEGIN PRIVATE KEY-----\n");
        Files.setPosixFilePermissions(key, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Run r = Cli.run("--db", dir.resolve("w.db").toString(), "serve", "attachment-foundations-check",
                "--bind", "127.0.0.1", "--port", "0", "--tls");
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("chmod 600"), r.all());
        assertEquals(1, r.err().strip().lines().count(), r.all());
    }

    @Test
    void aBadRosterIsRefusedInOneLine() throws IOException {
        Path roster = Files.writeString(dir.resolve("roster.csv"), "name,id\nAna,1\n");
        Cli.Run r = Cli.run("--db", dir.resolve("w.db").toString(), "serve", "attachment-foundations-check",
                "--bind", "127.0.0.1", "--roster", roster.toString());
        assertEquals(1, r.code(), r.all());
        assertTrue(r.err().contains("roster.csv:1: a roster starts with the header id,name"), r.all());
        assertEquals(1, r.err().strip().lines().count(), r.all());
    }

    @Test
    void minutesAndUntilExcludeEachOther() {
        Cli.Run r = Cli.run("--db", dir.resolve("w.db").toString(), "serve", "attachment-foundations-check",
                "--minutes", "5", "--until", "10:00");
        assertEquals(2, r.code(), r.all());
    }

    /** {@code serve} running in a thread of this JVM until interrupted, as Ctrl-C stops it. */
    private static final class Serving {
        private final StringWriter out = new StringWriter();
        private final AtomicInteger code = new AtomicInteger(-1);
        private final Thread thread;
        private String address;

        private Serving(String... args) {
            thread = new Thread(() -> {
                CommandLine cl = SecureBase.commandLine();
                cl.setOut(new PrintWriter(out, true));
                cl.setErr(new PrintWriter(new StringWriter(), true));
                code.set(cl.execute(args));
            });
        }

        /** Starts serving and waits (at most a minute) until the address and the stop line are printed. */
        static Serving start(String... args) throws InterruptedException {
            Serving s = new Serving(args);
            s.thread.start();
            for (int i = 0; i < 600 && s.address == null; i++) {
                Matcher m = ADDRESS.matcher(s.out.toString());
                if (s.out.toString().contains("Stop with Ctrl-C") && m.find()) {
                    s.address = m.group(1);
                } else {
                    Thread.sleep(100);
                }
            }
            return s;
        }

        String address() {
            return address;
        }

        String printed() {
            return out.toString();
        }

        /** Interrupts the command and returns its exit code. */
        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            return code.get();
        }
    }
}
