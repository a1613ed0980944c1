package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workshop server killed with SIGKILL in the middle of a session loses no answer it
 * acknowledged: the same command started again serves the same quiz, and the trainee, resuming
 * with the join code, their id and resume code, finds every acknowledged answer where it was.
 * The server runs in its own JVM, as {@code ./securebase serve} does.
 */
class ServeSurvivesKillTest {
    private static final Pattern OPEN = Pattern.compile("Trainees open:\\s+(\\S+)");
    private static final Pattern JOIN = Pattern.compile("Join code:\\s+(\\S+)");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SEQ = Pattern.compile("name=\"seq\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("Your trainee id</dt><dd><code>([^<]+)</code>");
    private static final Pattern RESUME = Pattern.compile("Your resume code</dt><dd><code>([^<]+)</code>");
    private static final Pattern FIRST_OPTION = Pattern.compile("<input type=\"(?:radio|checkbox)\" name=\"option\" value=\"([A-Z])\"");

    @TempDir
    Path dir;

    private final List<Process> servers = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, String> cookies = new HashMap<>();

    @AfterEach
    void stop() {
        servers.forEach(Process::destroyForcibly);
    }

    @Test
    void killedMidSessionAndStartedAgainTheTraineeResumesWithEveryAcknowledgedAnswer() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String[] first = serve(port, "first");
        String base = first[0];
        String code = first[1];
        String csrf = group(CSRF, get(base, "join").body());
        assertEquals(303, post(base, "join", "csrf", csrf, "code", code, "name", "Ana Ruiz").statusCode());
        String start = get(base, "start").body();
        String id = group(ID, start);
        String resume = group(RESUME, start);
        List<String> given = new ArrayList<>();
        int acknowledged = 0;
        for (int n = 1; acknowledged < 2; n++) {
            String page = get(base, "q/" + n).body();
            Matcher option = FIRST_OPTION.matcher(page);
            if (!option.find()) {
                continue; // an ordering or matching question: choice questions are enough here
            }
            HttpResponse<String> saved = post(base, "q/" + n, "csrf", group(CSRF, page), "seq", group(SEQ, page),
                    "go", "next", "option", option.group(1));
            assertEquals(303, saved.statusCode(), saved.body());
            given.add(n + ":" + option.group(1));
            acknowledged++;
        }
        Process killed = servers.get(0);
        killed.destroyForcibly();
        assertTrue(killed.waitFor(20, TimeUnit.SECONDS));
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) {
            assertEquals(128 + 9, killed.exitValue(), "the server ended by SIGKILL");
        }

        String[] again = serve(port, "again");
        assertEquals(base, again[0], "the same command serves at the same address");
        assertEquals(code, again[1], "and with the same join code");
        cookies.clear();
        String csrf2 = group(CSRF, get(base, "join").body());
        HttpResponse<String> resumed = post(base, "resume", "csrf", csrf2, "code", code, "id", id, "resume", resume);
        assertEquals(303, resumed.statusCode(), resumed.body());
        String back = get(base, "start").body();
        assertTrue(back.contains("You are resuming: 2 of"), back);
        for (String g : given) {
            String[] nl = g.split(":");
            String page = get(base, "q/" + nl[0]).body();
            assertTrue(page.matches("(?s).*name=\"option\" value=\"" + nl[1] + "\" checked.*"),
                    "question " + nl[0] + " still shows the acknowledged answer " + nl[1]);
        }
    }

    /** Starts {@code serve} in its own JVM; returns its address and join code. */
    private String[] serve(int port, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), SecureBase.class.getName(),
                "--db", dir.resolve("room.db").toString(), "serve", "attachment-foundations-check", "--bind", "127.0.0.1",
                "--port", String.valueOf(port)));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve(name + ".err").toFile()).start();
        servers.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String address = null;
        String code = null;
        for (String line; (line = out.readLine()) != null && !line.contains("Stop with Ctrl-C");) {
            Matcher a = OPEN.matcher(line);
            Matcher c = JOIN.matcher(line);
            if (a.find()) {
                address = a.group(1);
            }
            if (c.find()) {
                code = c.group(1);
            }
        }
        assertTrue(address != null && code != null, () -> "serve did not start: " + read(dir.resolve(name + ".err")));
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return new String[] {address, code};
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private HttpResponse<String> get(String base, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> post(String base, String path, String... fields) throws Exception {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            parts.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts))));
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((k, v) -> pairs.add(k + "=" + v));
            b.header("Cookie", String.join("; ", pairs));
        }
        HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        for (String set : r.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return r;
    }

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        assertTrue(m.find(), () -> "the page lacks " + p.pattern() + ": " + body);
        return m.group(1);
    }
}
