package org.securebase.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.export.certificate.CertificateCheck;
import org.securebase.export.certificate.CertificateVerifier;

/**
 * Journeys in a real browser (Debian's Chromium driven by Playwright) against a real server and
 * store: every question type by tap and by keyboard at a phone and a laptop size, resuming in a
 * second browser context, a stale tab, a form without its CSRF token, a course's quiz passed and
 * its certificate downloaded and verified; axe-core on every page
 * type at both sizes; screenshots of each page type (committed under docs/web/). Run with {@code -Pbrowser}
 * ({@code .ci/web.sh}); without it they are skipped and say so, and with it a missing Chromium fails.
 */
class WorkshopJourneys {
    static final Path CHROMIUM = Path.of(System.getProperty("securebase.chromium", "/usr/bin/chromium"));
    /** Where screenshots go: target/ unless {@code -Dsecurebase.screenshots=../docs/web} renews the committed ones. */
    static final Path SHOTS = Path.of(System.getProperty("securebase.screenshots", "target/screenshots"));
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** A screen to test at. */
    enum Size {
        PHONE(390, 844, true), LAPTOP(1280, 800, false);

        final int width;
        final int height;
        final boolean touch;

        Size(int width, int height, boolean touch) {
            this.width = width;
            this.height = height;
            this.touch = touch;
        }
    }

    static Playwright playwright;
    static Browser chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void launch() {
        boolean required = Boolean.getBoolean("securebase.browser.required");
        if (!required) {
            String why = "browser journeys skipped: they run with mvn -Pbrowser (.ci/web.sh)";
            System.err.println(why);
            Assumptions.abort(why);
        }
        if (!Files.isExecutable(CHROMIUM)) {
            String why = "Chromium not found at " + CHROMIUM + ": browser journeys skipped (apt-get install chromium;"
                    + " .ci/web.sh)";
            throw new AssertionError(why);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    static BrowserContext context(Size size, ColorScheme scheme) {
        return chromium.newContext(new Browser.NewContextOptions().setViewportSize(size.width, size.height)
                .setHasTouch(size.touch).setIsMobile(size.touch).setDeviceScaleFactor(size.touch ? 2 : 1)
                .setColorScheme(scheme).setBypassCSP(true).setLocale("en-GB"));
    }

    @Test
    void everyQuestionTypeByTapAtPhoneSizeWithScreenshotsAndNoAxeViolations() throws Exception {
        journey(Size.PHONE, true, true, ColorScheme.LIGHT);
    }

    @Test
    void everyQuestionTypeByKeyboardAtPhoneSize() throws Exception {
        journey(Size.PHONE, false, false, ColorScheme.DARK);
    }

    @Test
    void everyQuestionTypeByKeyboardAtLaptopSizeWithScreenshotsAndNoAxeViolations() throws Exception {
        journey(Size.LAPTOP, false, true, ColorScheme.LIGHT);
    }

    @Test
    void everyQuestionTypeByPointerAtLaptopSizeInDarkMode() throws Exception {
        journey(Size.LAPTOP, true, true, ColorScheme.DARK);
    }

    private void journey(Size size, boolean tap, boolean record, ColorScheme scheme) throws Exception {
        try (RunningWorkshop w = new RunningWorkshop(dir); BrowserContext ctx = context(size, scheme)) {
            String suffix = size.name().toLowerCase(java.util.Locale.ROOT) + (scheme == ColorScheme.DARK ? "-dark" : "");
            Page page = ctx.newPage();
            page.navigate(w.server.address());
            check(page, record, "join", suffix);
            page.fill("#code", w.secrets.joinCode());
            page.fill("#name", "Ana Ruiz");
            if (tap) {
                press(page, "button.primary", size);
            } else {
                page.focus("#name");
                page.keyboard().press("Enter");
            }
            page.waitForURL("**/start");
            check(page, record, "start", suffix);
            String id = page.textContent(".codes dd code");
            List<String[]> answers = Answers.perfect(w.quiz, id);
            Page extend = ctx.newPage();
            extend.navigate(w.server.instructorAddress());
            extend.waitForURL("**/instructor");
            check(extend, record, "instructor-extend", suffix);
            extend.fill("#minutes-1", "10");
            if (tap) {
                press(extend, "form.extend button", size);
            } else {
                extend.focus("#minutes-1");
                extend.keyboard().press("Enter");
            }
            extend.waitForSelector("td.time-left span.hint");
            assertTrue(extend.textContent("td.time-left").contains("55 min left (+10 min)"),
                    extend.textContent("td.time-left"));
            extend.close();
            press(page, "a.button.primary", size);
            page.waitForURL("**/case/1");
            assertTrue(page.textContent("body").contains("55 min left"), "the trainee's page shows the extra time");
            check(page, record, "case", suffix);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int n = 1; n <= answers.size(); n++) {
                page.navigate(w.server.address() + "q/" + n);
                String type = typeOf(page);
                if (seen.add(type)) {
                    check(page, record, "question-" + type, suffix);
                }
                answer(page, answers.get(n - 1), tap, size);
                page.waitForLoadState();
            }
            page.navigate(w.server.address() + "review");
            check(page, record, "review", suffix);
            press(page, "a.button.primary", size);
            page.waitForURL("**/submit");
            check(page, record, "confirm", suffix);
            press(page, "button.primary", size);
            page.waitForURL("**/result");
            check(page, record, "result", suffix);
            assertTrue(page.textContent(".score").contains("13 of 13 points"), page.textContent(".score"));
            Page board = ctx.newPage();
            board.navigate(w.server.instructorAddress());
            board.waitForURL("**/instructor");
            assertTrue(board.textContent("table").contains("Ana Ruiz"));
            check(board, record, "instructor", suffix);
            board.navigate(w.server.address() + "no-such-page");
            check(board, record, "message", suffix);
        }
    }

    private static void press(Page page, String selector, Size size) {
        if (size.touch) {
            page.tap(selector);
        } else {
            page.click(selector);
        }
    }

    private static String typeOf(Page page) {
        if (page.querySelector("input[type=radio]") != null) {
            return "single";
        }
        if (page.querySelector("input[type=checkbox]") != null) {
            return "multiple";
        }
        return page.querySelector("select[name^=place-]") != null ? "ordering" : "matching";
    }

    /** Gives the answer as a trainee would, by tap or pointer or by keyboard alone, then saves and moves on. */
    private static void answer(Page page, String[] fields, boolean tap, Size size) {
        for (int i = 0; i < fields.length; i += 2) {
            String name = fields[i];
            String value = fields[i + 1];
            if (name.equals("option")) {
                String box = "input[name=option][value=" + value + "]";
                if (tap) {
                    press(page, "label.option:has(" + box + ")", size);
                } else {
                    page.focus(box);
                    page.keyboard().press("Space");
                }
            } else if (tap) {
                page.selectOption("select[name=" + name + "]", value);
            } else {
                page.focus("select[name=" + name + "]");
                page.keyboard().type(value);
            }
        }
        String url = page.url();
        if (tap) {
            press(page, "button[value=next]", size);
        } else {
            page.focus("button[value=next]");
            page.keyboard().press("Enter");
        }
        page.waitForCondition(() -> !page.url().equals(url));
    }

    private static void check(Page page, boolean record, String name, String suffix) throws Exception {
        if (record) {
            Files.createDirectories(SHOTS);
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-" + suffix + ".png"))
                    .setFullPage(true));
        }
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), name + " at " + suffix + ": " + violations.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + "): " + v.getNodes().stream().map(n -> n.getHtml())
                        .collect(Collectors.joining(" | "))).collect(Collectors.joining("\n")));
    }

    @Test
    void aTraineeWhoPassesACoursesQuizDownloadsTheirReportAndACertificateThatVerifies() throws Exception {
        try (RunningWorkshop w = new RunningWorkshop(dir, null, 60, null, WorkshopCourse.ofEveryTypeQuiz());
                BrowserContext ctx = context(Size.PHONE, ColorScheme.LIGHT)) {
            Page page = ctx.newPage();
            page.navigate(w.server.address());
            page.fill("#code", w.secrets.joinCode());
            page.fill("#name", "Ana Ruiz");
            press(page, "button.primary", Size.PHONE);
            page.waitForURL("**/start");
            List<String[]> answers = Answers.perfect(w.quiz, page.textContent(".codes dd code"));
            for (int n = 1; n <= answers.size(); n++) {
                page.navigate(w.server.address() + "q/" + n);
                answer(page, answers.get(n - 1), true, Size.PHONE);
                page.waitForLoadState();
            }
            page.navigate(w.server.address() + "submit");
            press(page, "button.primary", Size.PHONE);
            page.waitForURL("**/result");
            check(page, true, "result-course", "phone");
            assertTrue(page.textContent("table.mastery").contains("100 %"), page.textContent("table.mastery"));

            Download report = page.waitForDownload(() -> page.click("a[href='/result/report.pdf']"));
            Path reportPdf = dir.resolve("report.pdf");
            report.saveAs(reportPdf);
            assertTrue(new String(Files.readAllBytes(reportPdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("%PDF-"));
            Download certificate = page.waitForDownload(() -> press(page, "form[action='/result/certificate'] button",
                    Size.PHONE));
            Path pdf = dir.resolve("certificate.pdf");
            certificate.saveAs(pdf);
            CertificateCheck verified = new CertificateVerifier(w.workspace.publishedKeys(null)).check(pdf);
            assertTrue(verified.valid(), verified.detail());
            assertEquals("Ana Ruiz", verified.signedFields().orElseThrow().value("trainee-name").orElseThrow());
        }
    }

    @Test
    void aTraineeResumesInASecondBrowserContextWithTheirCodes() {
        try (RunningWorkshop w = new RunningWorkshop(dir); BrowserContext phone = context(Size.PHONE, ColorScheme.LIGHT);
             BrowserContext laptop = context(Size.LAPTOP, ColorScheme.LIGHT)) {
            Page p = phone.newPage();
            p.navigate(w.server.address() + "join");
            p.fill("#code", w.secrets.joinCode());
            p.fill("#name", "Ana Ruiz");
            p.tap("button.primary");
            p.waitForURL("**/start");
            String id = p.textContent(".codes dd code");
            String resume = p.querySelectorAll(".codes dd code").get(1).textContent();
            p.navigate(w.server.address() + "q/1");
            answer(p, Answers.perfect(w.quiz, id).get(0), true, Size.PHONE);
            Page l = laptop.newPage();
            l.navigate(w.server.address() + "join");
            l.click("summary");
            l.fill("#r-code", w.secrets.joinCode());
            l.fill("#r-id", id);
            l.fill("#r-resume", resume);
            l.click("form[action='/resume'] button");
            l.waitForURL("**/start");
            assertTrue(l.textContent(".notice").contains("1 of 10 answered"), l.textContent(".notice"));
        }
    }

    @Test
    void aStaleTabIsToldANewerAnswerIsSavedAndAFormWithoutItsTokenIsRefused() {
        try (RunningWorkshop w = new RunningWorkshop(dir); BrowserContext ctx = context(Size.LAPTOP, ColorScheme.LIGHT)) {
            Page first = ctx.newPage();
            first.navigate(w.server.address() + "join");
            first.fill("#code", w.secrets.joinCode());
            first.fill("#name", "Ana Ruiz");
            first.click("button.primary");
            first.waitForURL("**/start");
            first.navigate(w.server.address() + "q/1");
            Page second = ctx.newPage();
            second.navigate(w.server.address() + "q/1");
            first.click("label.option >> nth=0");
            first.click("button[value=next]");
            first.waitForLoadState();
            second.click("label.option >> nth=1");
            second.click("button[value=next]");
            second.waitForLoadState();
            assertTrue(second.textContent(".notice").contains("answered in another tab"), second.textContent("main"));
            second.evaluate("document.querySelector('input[name=csrf]').value = 'forged'");
            second.click("label.option >> nth=1");
            com.microsoft.playwright.Response refused = second.waitForResponse(r -> r.request().method().equals("POST"),
                    () -> second.click("button[value=next]"));
            assertEquals(403, refused.status());
            assertTrue(second.textContent("main").contains("did not come from this site"), second.textContent("main"));
        }
    }

    @Test
    void overTlsAPhoneWhoseUserAcceptedTheCertificateJoinsAndAnswersWithASecureCookie() {
        ServerCertificate tls = ServerCertificate.open(dir.resolve("results.db.serve-tls.pem"), List.of("127.0.0.1"),
                java.time.Instant.now());
        try (RunningWorkshop w = new RunningWorkshop(dir, null, 60, tls);
             BrowserContext phone = chromium.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                     .setHasTouch(true).setIsMobile(true).setIgnoreHTTPSErrors(true).setLocale("en-GB"))) {
            Page p = phone.newPage();
            p.navigate(w.server.address() + "join");
            assertTrue(p.url().startsWith("https://"), p.url());
            p.fill("#code", w.secrets.joinCode());
            p.fill("#name", "Ana Ruiz");
            p.tap("button.primary");
            p.waitForURL("**/start");
            String id = p.textContent(".codes dd code");
            p.navigate(w.server.address() + "q/1");
            answer(p, Answers.perfect(w.quiz, id).get(0), true, Size.PHONE);
            assertTrue(phone.cookies().stream().filter(c -> c.name.equals("sb_session")).allMatch(c -> c.secure),
                    "the session cookie is Secure over TLS");
            assertTrue(w.server.address().startsWith("https://"));
        }
    }
}
