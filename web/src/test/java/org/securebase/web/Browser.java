package org.securebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.securebase.quiz.assembly.Quiz;

/** A browser without a browser: the JDK's HttpClient with its own cookie jar, redirects not followed. */
final class Browser {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SEQ = Pattern.compile("name=\"seq\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("Your trainee id</dt><dd><code>([^<]+)</code>");
    private static final Pattern RESUME = Pattern.compile("Your resume code</dt><dd><code>([^<]+)</code>");

    final String base;
    final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A browser that trusts exactly the TLS certificates of a context, as a trainee who compared the fingerprint. */
    Browser(String base, javax.net.ssl.SSLContext tls) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .sslContext(tls).build();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).GET().build());
    }

    /** Posts form fields given as name, value, name, value… */
    HttpResponse<String> post(String path, String... fields) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            parts.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
        }
        return postRaw(path, String.join("&", parts));
    }

    HttpResponse<String> postRaw(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Gets a download: the body as bytes. */
    HttpResponse<byte[]> download(String path) {
        return sendBytes(HttpRequest.newBuilder(URI.create(base + path.substring(1))).GET().build());
    }

    /** Posts form fields given as name, value, name, value… and takes the body as bytes (a download). */
    HttpResponse<byte[]> postForDownload(String path, String... fields) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            parts.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
        }
        return sendBytes(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts))).build());
    }

    /** Answers every question perfectly for the trainee and submits; returns the result page. */
    HttpResponse<String> submitPerfect(Quiz quiz, String traineeId) {
        List<String[]> answers = Answers.perfect(quiz, traineeId);
        for (int n = 1; n <= answers.size(); n++) {
            answer(n, answers.get(n - 1));
        }
        return follow(post("/submit", "csrf", csrf(get("/submit"))));
    }

    /** Follows a redirect answer to its page. */
    HttpResponse<String> follow(HttpResponse<String> r) {
        assertEquals(303, r.statusCode(), () -> "expected a redirect, got " + r.statusCode() + ": " + r.body());
        return get(r.headers().firstValue("Location").orElseThrow());
    }

    /** Opens the join page and joins with a name; returns the start page. */
    HttpResponse<String> join(String code, String name) {
        String csrf = csrf(get("/join"));
        return follow(post("/join", "csrf", csrf, "code", code, "name", name));
    }

    static String csrf(HttpResponse<String> page) {
        return group(CSRF, page.body());
    }

    static String seq(HttpResponse<String> page) {
        return group(SEQ, page.body());
    }

    static String traineeId(HttpResponse<String> start) {
        return group(ID, start.body());
    }

    static String resumeCode(HttpResponse<String> start) {
        return group(RESUME, start.body());
    }

    /** Answers question n with the fields given (besides csrf and seq) and the button "next". */
    HttpResponse<String> answer(int n, String... fields) {
        HttpResponse<String> page = get("/q/" + n);
        List<String> all = new ArrayList<>(List.of("csrf", csrf(page), "seq", seq(page), "go", "next"));
        all.addAll(List.of(fields));
        return post("/q/" + n, all.toArray(new String[0]));
    }

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new AssertionError("the page has no " + p + ": " + body);
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String headers(HttpResponse<String> r) {
        return r.headers().map().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
