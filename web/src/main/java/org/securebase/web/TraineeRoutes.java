package org.securebase.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.person.PersonName;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Turn;
import org.securebase.quiz.delivery.DeliveredQuestion;
import org.securebase.quiz.delivery.DeliveredQuiz;
import org.securebase.quiz.delivery.InProgressAttempt;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.TraineeFeedback;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.Mastery;
import org.securebase.quiz.scoring.ScoreReport;
import org.securebase.usecase.Refusal;
import org.securebase.web.view.CasePage;
import org.securebase.web.view.ConfirmPage;
import org.securebase.web.view.Frame;
import org.securebase.web.view.JoinPage;
import org.securebase.web.view.Line;
import org.securebase.web.view.QuestionHead;
import org.securebase.web.view.ResultPage;
import org.securebase.web.view.ReviewPage;
import org.securebase.web.view.StartPage;

/**
 * The trainee's pages: join or resume, the start page with the resume code, each case as a
 * script, one question a page, review, confirmation, submission and result. Each handler parses
 * the request, acts at the trainee's own desk (never another's: the desk comes from the session,
 * never from the request) and renders or redirects.
 *
 * @since 0.2
 */
final class TraineeRoutes {
    private static final Set<String> JOIN_FIELDS = Set.of("csrf", "code", "name", "id", "email", "licence");
    private static final Set<String> RESUME_FIELDS = Set.of("csrf", "code", "id", "resume");
    private static final Set<String> CSRF_ONLY = Set.of("csrf");

    private final Delivery delivery;
    private final Attendance attendance;
    private final Workshop workshop;
    private final Secrets secrets;
    private final Exchange ex;
    private final JoinLimiter limiter;
    private final Gate gate;
    private final Supplier<String> address;
    private volatile Qr qr;

    TraineeRoutes(Delivery delivery, Attendance attendance, Workshop workshop, Secrets secrets, Exchange ex, Gate gate,
                  Supplier<String> address) {
        this.delivery = delivery;
        this.attendance = attendance;
        this.workshop = workshop;
        this.secrets = secrets;
        this.ex = ex;
        this.limiter = new JoinLimiter(workshop.joinsPerMinute());
        this.gate = gate;
        this.address = address;
    }

    void register(RoutesConfig routes) {
        routes.get("/", ctx -> Exchange.seeOther(ctx, signedIn(ctx).isPresent() ? "/start" : "/join"));
        routes.get("/join", this::joinPage);
        routes.post("/join", this::join);
        routes.post("/resume", this::resume);
        routes.get("/qr.svg", ctx -> ctx.contentType("image/svg+xml").result(qr().svg()));
        routes.get("/start", ctx -> atDesk(ctx, this::start));
        routes.get("/case/{n}", ctx -> atDesk(ctx, this::casePage));
        routes.get("/q/{n}", ctx -> atDesk(ctx, this::questionPage));
        routes.post("/q/{n}", ctx -> atDesk(ctx, false, this::saveAnswer));
        routes.get("/review", ctx -> atDesk(ctx, this::review));
        routes.get("/submit", ctx -> atDesk(ctx, this::confirm));
        routes.post("/submit", ctx -> atDesk(ctx, this::submit));
        routes.get("/result", ctx -> atDesk(ctx, this::result));
        routes.get("/result/report.pdf", ctx -> atDesk(ctx, this::scoreReport));
        routes.post("/result/certificate", ctx -> atDesk(ctx, this::certificate));
    }

    private Qr qr() {
        Qr q = qr;
        if (q == null) {
            q = new Qr(address.get());
            qr = q;
        }
        return q;
    }

    // ---- joining

    private void joinPage(Context ctx) {
        Sessions.WebSession s = ex.session(ctx, Exchange.TRAINEE_COOKIE).orElse(null);
        if (s != null && s.role() == Sessions.Role.TRAINEE && attendance.desk(s.traineeId()).isPresent()) {
            Exchange.seeOther(ctx, "/start");
            return;
        }
        if (s == null || s.role() != Sessions.Role.ANONYMOUS) {
            s = ex.sessions().anonymous();
            ex.setCookie(ctx, Exchange.TRAINEE_COOKIE, s);
        }
        showJoin(ctx, 200, s, "");
    }

    private void showJoin(Context ctx, int status, Sessions.WebSession s, String notice) {
        ex.render(ctx, status, new Page("join.jte", new JoinPage(frame("Join", s.csrf(), null), workshop.roster() != null,
                gate.open(attendance.now()), address.get(), out -> out.writeContent(qr().svg()), notice)));
    }

    private Sessions.WebSession anonymousFor(Context ctx, Form form) {
        Sessions.WebSession s = ex.session(ctx, Exchange.TRAINEE_COOKIE)
                .orElseThrow(() -> HttpRefusal.forbidden("Open the join page first, then send the form."));
        Exchange.requireCsrf(form, s);
        if (!limiter.allow(ctx.ip(), attendance.now())) {
            throw new HttpRefusal(429, "Too many tries", "Too many tries from this device: wait a minute and try again.");
        }
        return s;
    }

    private void join(Context ctx) {
        Form form = ex.form(ctx).only(JOIN_FIELDS);
        Sessions.WebSession s = anonymousFor(ctx, form);
        if (!gate.open(attendance.now())) {
            showJoin(ctx, 403, s, "Joining is closed. If you joined earlier, resume with your resume code.");
            return;
        }
        if (!Secrets.same(secrets.joinCode(), form.one("code"))) {
            showJoin(ctx, 403, s, "That join code is not right: check it on the projector.");
            return;
        }
        Joiner who;
        if (workshop.roster() != null) {
            Optional<Joiner> listed = workshop.roster().find(form.one("id"));
            if (listed.isEmpty()) {
                showJoin(ctx, 403, s, "That id is not on the list for this workshop: ask the instructor.");
                return;
            }
            who = listed.get();
        } else {
            String name = form.one("name");
            if (name.isEmpty() || name.length() > 120 || name.codePoints().anyMatch(PersonName::isRefused)) {
                showJoin(ctx, 422, s, "Give your name as it should appear on your report and certificate.");
                return;
            }
            String email = form.one("email");
            String licence = form.one("licence");
            if (email.length() > 200 || licence.length() > 60) {
                showJoin(ctx, 422, s, "That e-mail address or licence number is too long.");
                return;
            }
            who = new Joiner("w-" + ex.sessions().token().substring(0, 10).toLowerCase(Locale.ROOT)
                    .replace('_', 'x').replace('-', 'y'), name, email, licence);
        }
        signIn(ctx, s, attendance.join(who));
    }

    private void resume(Context ctx) {
        Form form = ex.form(ctx).only(RESUME_FIELDS);
        Sessions.WebSession s = anonymousFor(ctx, form);
        String id = form.one("id");
        Optional<String> name = id.isEmpty() || id.length() > 120 ? Optional.empty() : delivery.nameOf(id);
        if (!Secrets.same(secrets.joinCode(), form.one("code")) || name.isEmpty()
                || !Secrets.same(secrets.resumeCode(id), form.one("resume"))) {
            showJoin(ctx, 403, s, "The join code, your id or your resume code is not right.");
            return;
        }
        signIn(ctx, s, attendance.join(new Joiner(id, name.get(), null, null)));
    }

    private void signIn(Context ctx, Sessions.WebSession anonymous, Desk desk) {
        Sessions.WebSession s = ex.sessions().signIn(anonymous.id(), Sessions.Role.TRAINEE, desk.traineeId());
        ex.setCookie(ctx, Exchange.TRAINEE_COOKIE, s);
        Exchange.seeOther(ctx, "/start");
    }

    // ---- at the desk

    private Optional<Sessions.WebSession> signedIn(Context ctx) {
        return ex.session(ctx, Exchange.TRAINEE_COOKIE).filter(s -> s.role() == Sessions.Role.TRAINEE);
    }

    private void atDesk(Context ctx, DeskHandler handler) {
        atDesk(ctx, true, handler);
    }

    /**
     * Runs a handler at the signed-in trainee's own desk, its lock held, after the clock is
     * checked; an answer is the exception ({@code settleFirst} false): as in {@code take}, an
     * answer given after the time limit reaches the engine, which keeps it late, and then the
     * attempt is submitted.
     */
    private void atDesk(Context ctx, boolean settleFirst, DeskHandler handler) {
        Sessions.WebSession s = signedIn(ctx).orElseThrow(() -> new SignIn("/join"));
        Desk desk = attendance.desk(s.traineeId()).orElseThrow(() -> new SignIn("/join"));
        synchronized (desk) {
            if (settleFirst) {
                attendance.settle(desk);
            }
            handler.handle(ctx, s, desk);
        }
    }

    /** A handler that acts at a trainee's desk. */
    private interface DeskHandler {
        void handle(Context ctx, Sessions.WebSession s, Desk desk);
    }

    private Frame frame(String title, String csrf, Desk desk) {
        String left = "";
        String seconds = "";
        if (desk != null && desk.sitting().isPresent()) {
            Sitting sitting = desk.sitting().get();
            Optional<Duration> remaining = sitting.remaining(attendance.now());
            if (remaining.isPresent()) {
                left = minutesLeft(remaining.get());
                seconds = String.valueOf(remaining.get().getSeconds());
            }
        }
        return new Frame(title, delivery.quiz().settings().title(), csrf, left, seconds);
    }

    static String minutesLeft(Duration d) {
        long minutes = (d.getSeconds() + 59) / 60;
        return minutes <= 1 ? "under a minute left" : minutes + " min left";
    }

    private void start(Context ctx, Sessions.WebSession s, Desk desk) {
        if (desk.sitting().isEmpty()) {
            Exchange.seeOther(ctx, "/result");
            return;
        }
        Sitting sitting = desk.sitting().get();
        Integer limit = desk.delivered().timeLimitMinutes();
        String next = sitting.firstUnanswered().map(r -> {
            DeliveredQuestion q = desk.questions().get(sitting.order().indexOf(r));
            return desk.answeredCount() == 0 ? "/case/1" : "/q/" + q.number();
        }).orElse("/review");
        ex.render(ctx, new Page("start.jte", new StartPage(frame("Welcome", s.csrf(), desk), desk.name(),
                desk.traineeId(), secrets.resumeCode(desk.traineeId()),
                desk.delivered().instructions() == null ? "" : desk.delivered().instructions(), desk.questions().size(),
                limit == null ? "" : limit + " minutes", sitting.resumed() || desk.answeredCount() > 0,
                desk.answeredCount(), next)));
    }

    private void casePage(Context ctx, Sessions.WebSession s, Desk desk) {
        if (desk.sitting().isEmpty()) {
            Exchange.seeOther(ctx, "/result");
            return;
        }
        int n = number(ctx, desk.blocks().size());
        DeliveredQuiz.Block block = desk.blocks().get(n - 1);
        DeliveredQuiz.Case c = block.vignette();
        List<String> clients = new ArrayList<>();
        for (Client cl : c.clients()) {
            clients.add(cl.name() + (cl.age() != null ? ", " + cl.age() : "") + (cl.role() != null ? " (" + cl.role() + ")" : ""));
        }
        List<Line> turns = new ArrayList<>();
        for (Turn t : c.transcript()) {
            String speaker = t.byTherapist() ? "Therapist" : c.clients().stream().filter(cl -> cl.id().equals(t.speaker()))
                    .map(Client::name).findFirst().orElse(t.speaker());
            turns.add(new Line(speaker, t.nonverbal() == null ? "" : t.nonverbal(), t.text(), t.byTherapist()));
        }
        List<DeliveredQuestion> qs = block.questions();
        ex.render(ctx, new Page("case.jte", new CasePage(frame(c.title(), s.csrf(), desk), n, desk.blocks().size(),
                c.title(), clients, c.background(), turns, qs.get(0).number(), qs.get(qs.size() - 1).number(),
                c.contentNoteLine())));
    }

    private static int number(Context ctx, int max) {
        String p = ctx.pathParam("n");
        if (p.length() > 4 || !p.chars().allMatch(Character::isDigit) || p.isEmpty()) {
            throw HttpRefusal.notFound();
        }
        int n = Integer.parseInt(p);
        if (n < 1 || n > max) {
            throw HttpRefusal.notFound();
        }
        return n;
    }

    private void questionPage(Context ctx, Sessions.WebSession s, Desk desk) {
        if (desk.sitting().isEmpty()) {
            Exchange.seeOther(ctx, "/result");
            return;
        }
        DeliveredQuestion q = desk.question(number(ctx, desk.questions().size())).orElseThrow(HttpRefusal::notFound);
        showQuestion(ctx, 200, s, desk, q, "");
    }

    private void showQuestion(Context ctx, int status, Sessions.WebSession s, Desk desk, DeliveredQuestion q,
                              String notice) {
        int caseNumber = desk.caseOf(q);
        QuestionHead head = new QuestionHead(q.number(), desk.questions().size(), q.stem(), q.points(), caseNumber,
                desk.blocks().get(caseNumber - 1).vignette().title(), desk.seq(q.ref()), desk.flagged(q.ref()), notice);
        Frame frame = frame("Question " + q.number(), s.csrf(), desk);
        Page page = delivery.question(q.ref()).accept(new QuestionPages(delivery, desk.sitting().orElseThrow(), q, frame,
                head));
        ex.render(ctx, status, page);
    }

    private void saveAnswer(Context ctx, Sessions.WebSession s, Desk desk) {
        Form form = ex.form(ctx);
        Exchange.requireCsrf(form, s);
        DeliveredQuestion q = desk.question(number(ctx, desk.questions().size())).orElseThrow(HttpRefusal::notFound);
        if (desk.sitting().isEmpty()) {
            throw new HttpRefusal(409, "Already submitted", "Your quiz is submitted: answers can no longer change.");
        }
        String go = form.one("go");
        int seq;
        try {
            seq = Integer.parseInt(form.one("seq"));
        } catch (NumberFormatException e) {
            throw HttpRefusal.badRequest("The form is missing its sequence number: reload the page.");
        }
        Optional<Answer> answer;
        try {
            answer = delivery.question(q.ref()).accept(new AnswerForms(delivery, desk.sitting().get(), q, form));
        } catch (AnswerForms.Unfit e) {
            showQuestion(ctx, e.status(), s, desk, q, e.getMessage());
            return;
        }
        if (go.equals("clear")) {
            answer = Optional.empty();
        }
        QuestionRef ref = q.ref();
        boolean counts;
        try {
            counts = attendance.answer(desk, ref, answer, seq);
        } catch (Attendance.Stale e) {
            showQuestion(ctx, e.status(), s, desk, q, e.getMessage());
            return;
        }
        if (desk.sitting().isEmpty()) {
            Exchange.seeOther(ctx, "/result");
            return;
        }
        if (!counts && answer.isPresent()) {
            showQuestion(ctx, 409, s, desk, q, "The time is up: this answer came too late and does not count.");
            return;
        }
        int n = q.number();
        int total = desk.questions().size();
        switch (go) {
            case "clear":
                Exchange.seeOther(ctx, "/q/" + n);
                break;
            case "flag":
                desk.toggleFlag(ref);
                Exchange.seeOther(ctx, "/q/" + n);
                break;
            case "back":
                Exchange.seeOther(ctx, n > 1 ? "/q/" + (n - 1) : "/case/1");
                break;
            case "review":
                Exchange.seeOther(ctx, "/review");
                break;
            case "next":
            case "":
                if (n == total) {
                    Exchange.seeOther(ctx, "/review");
                } else {
                    DeliveredQuestion next = desk.questions().get(n);
                    int c = desk.caseOf(next);
                    Exchange.seeOther(ctx, c != desk.caseOf(q) ? "/case/" + c : "/q/" + (n + 1));
                }
                break;
            default:
                throw HttpRefusal.badRequest("That button is not on this page.");
        }
    }

    private void review(Context ctx, Sessions.WebSession s, Desk desk) {
        if (desk.sitting().isEmpty()) {
            Exchange.seeOther(ctx, "/result");
            return;
        }
        List<ReviewPage.Line> lines = new ArrayList<>();
        Sitting sitting = desk.sitting().get();
        for (InProgressAttempt.ReviewLine l : sitting.attempt().review()) {
            DeliveredQuestion q = desk.questions().get(l.number() - 1);
            lines.add(new ReviewPage.Line(l.number(), shorten(q.stem()), desk.answerTo(l.ref()).isPresent(),
                    desk.flagged(l.ref()), l.lateResponse()));
        }
        ex.render(ctx, new Page("review.jte", new ReviewPage(frame("Review", s.csrf(), desk), lines, desk.answeredCount())));
    }

    private static String shorten(String stem) {
        return stem.length() <= 90 ? stem : stem.substring(0, 87).strip() + "…";
    }

    private void confirm(Context ctx, Sessions.WebSession s, Desk desk) {
        if (desk.sitting().isEmpty()) {
            Exchange.seeOther(ctx, "/result");
            return;
        }
        int total = desk.questions().size();
        ex.render(ctx, new Page("confirm.jte", new ConfirmPage(frame("Submit", s.csrf(), desk), total,
                total - desk.answeredCount(), desk.flaggedCount())));
    }

    private void submit(Context ctx, Sessions.WebSession s, Desk desk) {
        Form form = ex.form(ctx).only(CSRF_ONLY);
        Exchange.requireCsrf(form, s);
        attendance.submit(desk);
        Exchange.seeOther(ctx, "/result");
    }

    private void result(Context ctx, Sessions.WebSession s, Desk desk) {
        Optional<ScoredAttempt> scored = desk.scored();
        if (scored.isEmpty()) {
            Exchange.seeOther(ctx, "/review");
            return;
        }
        ScoreReport r = scored.get().report();
        List<ResultPage.Feedback> feedback = new ArrayList<>();
        List<String> missedMustPass = new ArrayList<>();
        for (TraineeFeedback f : TraineeFeedback.of(scored.get())) {
            if (r.missedMustPass().contains(f.ref())) {
                missedMustPass.add("question " + f.number() + ": " + f.stem());
            }
            List<String> notes = new ArrayList<>(f.optionFeedback());
            if (f.generalFeedback() != null) {
                notes.add(f.generalFeedback());
            }
            feedback.add(new ResultPage.Feedback(f.number(), f.stem(), f.voided() ? "voided"
                    : points(f.earned()) + "/" + f.possible(), f.fullMarks(), f.chosen(), f.key(), notes));
        }
        boolean late = desk.endedByClock() || scored.get().submission().submittedLate();
        String score = String.format(Locale.ROOT, "%s of %d points (%.1f %%)", points(r.earned()), r.possible(), r.percent());
        List<ResultPage.Mastery> mastery = new ArrayList<>();
        for (Map.Entry<ConceptGroup, Mastery> e : r.masteryByGroup().entrySet()) {
            if (e.getValue().possible() > 0) {
                mastery.add(new ResultPage.Mastery(e.getKey().title(), (int) Math.round(100 * e.getValue().ratio()),
                        e.getValue().questions()));
            }
        }
        ex.render(ctx, new Page("result.jte", new ResultPage(frame("Your result", s.csrf(), null), score, r.passed(),
                r.awaitingGrading(), r.passPercent(), late ? "The time was up: only answers given in time count." : "", feedback, mastery,
                r.passed() && delivery.certifies(), missedMustPass)));
    }

    /** The signed-in trainee's own score report; the trainee comes from the session, never from the request. */
    private void scoreReport(Context ctx, Sessions.WebSession s, Desk desk) {
        if (desk.scored().isEmpty()) {
            Exchange.seeOther(ctx, "/review");
            return;
        }
        pdf(ctx, "score-report.pdf", download(() -> delivery.scoreReport(s.traineeId())));
    }

    /** The signed-in trainee's own certificate, issued on first request as {@code securebase certificates} would. */
    private void certificate(Context ctx, Sessions.WebSession s, Desk desk) {
        Form form = ex.form(ctx).only(CSRF_ONLY);
        Exchange.requireCsrf(form, s);
        if (desk.scored().isEmpty()) {
            Exchange.seeOther(ctx, "/review");
            return;
        }
        byte[] pdf = download(() -> delivery.certificate(s.traineeId())).orElseThrow(() -> new HttpRefusal(404,
                "No certificate", "A certificate is issued for a course's quiz once it is passed."));
        pdf(ctx, "certificate.pdf", pdf);
    }

    private static <T> T download(Supplier<T> make) {
        try {
            return make.get();
        } catch (Refusal e) {
            throw new HttpRefusal(409, "Not available", e.getMessage());
        }
    }

    private static void pdf(Context ctx, String name, byte[] pdf) {
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.result(pdf);
    }

    static String points(double p) {
        return Math.abs(p - Math.rint(p)) < 1e-9 ? String.valueOf((long) Math.rint(p))
                : String.format(Locale.ROOT, "%.2f", p);
    }
}
