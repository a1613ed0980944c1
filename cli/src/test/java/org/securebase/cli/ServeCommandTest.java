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
    private static final Pattern ADDRESS = Pattern.compile("Trainees open:\\s+(http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void servesACourseQuizPrintsTheAddressJoinCodeAndQrAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> {
            CommandLine cl = SecureBase.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(new StringWriter(), true));
            code.set(cl.execute("--db", dir.resolve("w.db").toString(), "serve", "attachment-foundations-workshop-2027",
                    "--bind", "127.0.0.1", "--port", "0", "--minutes", "30"));
        });
        serving.start();
        String address = null;
        for (int i = 0; i < 600 && address == null; i++) {
            Matcher m = ADDRESS.matcher(out.toString());
            if (out.toString().contains("Stop with Ctrl-C") && m.find()) {
                address = m.group(1);
            } else {
                Thread.sleep(100);
            }
        }
        assertTrue(address != null && address.startsWith("http://127.0.0.1:"), out.toString());
        String printed = out.toString();
        assertTrue(printed.matches("(?s).*Join code:\\s+[A-Z2-9]{6}\\n.*"), printed);
        assertTrue(printed.contains("\u2588"), "a QR code drawn in blocks: " + printed);
        assertTrue(printed.contains("/instructor?token="), printed);
        HttpResponse<String> join = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address + "join"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, join.statusCode());
        assertTrue(join.body().contains("<svg class=\"qr\""), join.body());
        serving.interrupt();
        serving.join(10_000);
        assertEquals(0, code.get());
        assertTrue(Files.exists(dir.resolve("w.db.serve-key")));
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
}
