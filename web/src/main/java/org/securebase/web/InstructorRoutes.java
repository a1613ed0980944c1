package org.securebase.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.securebase.usecase.ExtendTime;
import org.securebase.quiz.analysis.QuestionStatistics;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.web.view.DashboardPage;
import org.securebase.web.view.Frame;

/**
 * The instructor's dashboard, opened by the long token printed in the terminal (never by the
 * join code): who joined, their progress and time left, who submitted, the facility of each
 * question once {@value #FACILITY_AFTER} have submitted, more time for one trainee, and closing
 * the quiz to new joins.
 *
 * @since 0.2
 */
final class InstructorRoutes {
    /** Submissions needed before the dashboard shows facility: fewer would single trainees out. */
    static final int FACILITY_AFTER = 5;

    private final Delivery delivery;
    private final Attendance attendance;
    private final Secrets secrets;
    private final Exchange ex;
    private final Gate gate;
    private final Supplier<String> address;

    InstructorRoutes(Delivery delivery, Attendance attendance, Secrets secrets, Exchange ex, Gate gate,
                     Supplier<String> address) {
        this.delivery = delivery;
        this.attendance = attendance;
        this.secrets = secrets;
        this.ex = ex;
        this.gate = gate;
        this.address = address;
    }

    void register(RoutesConfig routes) {
        routes.get("/instructor", this::dashboard);
        routes.post("/instructor/close", this::close);
        routes.post("/instructor/extend", this::extend);
    }

    private void dashboard(Context ctx) {
        String token = ctx.queryParam("token");
        if (token != null) {
            if (!Secrets.same(secrets.instructorToken(), token)) {
                throw HttpRefusal.forbidden("That instructor address is not right: copy it from the terminal again.");
            }
            Sessions.WebSession s = ex.sessions().signIn(ctx.cookie(Exchange.INSTRUCTOR_COOKIE), Sessions.Role.INSTRUCTOR,
                    null);
            ex.setCookie(ctx, Exchange.INSTRUCTOR_COOKIE, s);
            Exchange.seeOther(ctx, "/instructor");
            return;
        }
        Sessions.WebSession s = instructor(ctx);
        List<DashboardPage.Row> rows = new ArrayList<>();
        List<Desk> desks = attendance.all();
        desks.sort(Comparator.comparing(Desk::name).thenComparing(Desk::traineeId));
        for (Desk d : desks) {
            synchronized (d) {
                attendance.settle(d);
                String left = d.sitting().flatMap(x -> x.remaining(attendance.now())).map(TraineeRoutes::minutesLeft)
                        .orElse("");
                String state = d.scored().map(a -> "submitted, " + String.format(java.util.Locale.ROOT, "%.0f %%",
                        a.report().percent())).orElse("answering");
                long extra = d.sitting().map(x -> x.attempt().header().extension().toMinutes()).orElse(0L);
                rows.add(new DashboardPage.Row(d.name(), d.traineeId(), d.scored().isPresent() ? d.questions().size()
                        : d.answeredCount(), d.questions().size(), left, state, extra > 0 ? "+" + extra + " min" : "",
                        !left.isEmpty(), rows.size() + 1));
            }
        }
        List<ScoredAttempt> submitted = delivery.submitted();
        List<DashboardPage.Facility> facility = new ArrayList<>();
        if (submitted.size() >= FACILITY_AFTER) {
            int n = 0;
            for (QuestionStatistics q : delivery.analysis().questions()) {
                facility.add(new DashboardPage.Facility(++n, q.ref().toString(), Math.round(q.facility() * 100)));
            }
        }
        ex.render(ctx, new Page("instructor.jte", new DashboardPage(new Frame("Dashboard",
                delivery.quiz().settings().title(), s.csrf(), "", ""), secrets.joinCode(), address.get(),
                gate.open(attendance.now()), rows, submitted.size(), facility, FACILITY_AFTER, ExtendTime.MAX_MINUTES)));
    }

    private Sessions.WebSession instructor(Context ctx) {
        return ex.session(ctx, Exchange.INSTRUCTOR_COOKIE).filter(s -> s.role() == Sessions.Role.INSTRUCTOR)
                .orElseThrow(() -> HttpRefusal.forbidden("Open the instructor address printed in the terminal."));
    }

    private void extend(Context ctx) {
        Sessions.WebSession s = instructor(ctx);
        Form form = ex.form(ctx).only(Set.of("csrf", "trainee", "minutes"));
        Exchange.requireCsrf(form, s);
        Desk desk = attendance.desk(form.one("trainee")).orElseThrow(() ->
                HttpRefusal.badRequest("No trainee with that id has joined this workshop."));
        int minutes = minutes(form.one("minutes"));
        synchronized (desk) {
            attendance.settle(desk);
            attendance.extend(desk, minutes);
        }
        Exchange.seeOther(ctx, "/instructor");
    }

    /** The minutes a form asks for, or a refusal saying what is allowed. */
    private static int minutes(String text) {
        String allowed = "Extra time is a whole number of minutes from 1 to " + ExtendTime.MAX_MINUTES + ".";
        if (!text.matches("[0-9]{1,4}")) {
            throw HttpRefusal.badRequest(allowed + (text.isEmpty() ? " None was given." : " That is not one."));
        }
        int minutes = Integer.parseInt(text);
        if (minutes < 1 || minutes > ExtendTime.MAX_MINUTES) {
            throw HttpRefusal.badRequest(allowed + " " + minutes + " is not.");
        }
        return minutes;
    }

    private void close(Context ctx) {
        Sessions.WebSession s = instructor(ctx);
        Form form = ex.form(ctx).only(Set.of("csrf"));
        Exchange.requireCsrf(form, s);
        gate.close();
        Exchange.seeOther(ctx, "/instructor");
    }
}
