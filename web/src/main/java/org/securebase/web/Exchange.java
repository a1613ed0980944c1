package org.securebase.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every handler does with a request and its response, in one place: the session cookie
 * (HttpOnly, SameSite=Strict, Secure under TLS), the bounded form, the CSRF check, rendering a
 * page and redirecting after a post.
 *
 * @since 0.2
 */
final class Exchange {
    /** The trainee's (or an anonymous visitor's) session cookie. */
    static final String TRAINEE_COOKIE = "sb_session";
    /** The instructor's session cookie, separate from any trainee's. */
    static final String INSTRUCTOR_COOKIE = "sb_instructor";
    /** The most fields a form may post (the largest question form has about a dozen). */
    static final int MAX_FIELDS = 40;

    private final Sessions sessions;
    private final Templates pages;
    private final boolean tls;

    Exchange(Sessions sessions, Templates pages, boolean tls) {
        this.sessions = sessions;
        this.pages = pages;
        this.tls = tls;
    }

    Sessions sessions() {
        return sessions;
    }

    /** @return the session the named cookie points to, if any */
    Optional<Sessions.WebSession> session(Context ctx, String cookie) {
        return sessions.find(ctx.cookie(cookie));
    }

    /** Sets the session cookie: for this path tree, for this browser session only. */
    void setCookie(Context ctx, String cookie, Sessions.WebSession s) {
        ctx.cookie(new Cookie(cookie, s.id(), "/", -1, tls, true, null, SameSite.STRICT));
    }

    /** @return the posted form, refused when it has too many fields */
    Form form(Context ctx) {
        Map<String, List<String>> fields = ctx.formParamMap();
        int values = fields.values().stream().mapToInt(List::size).sum();
        if (fields.size() > MAX_FIELDS || values > MAX_FIELDS) {
            throw new HttpRefusal(413, "Too much", "The form holds more fields than any page here sends.");
        }
        return new Form(fields);
    }

    /** Refuses a post whose CSRF token is not the session's. */
    static void requireCsrf(Form form, Sessions.WebSession s) {
        String sent = form.fields().getOrDefault("csrf", List.of()).stream().findFirst().orElse("");
        if (!MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), s.csrf().getBytes(StandardCharsets.UTF_8))) {
            throw HttpRefusal.forbidden("This form has expired or did not come from this site. Go back, reload the page"
                    + " and try again.");
        }
    }

    void render(Context ctx, Page page) {
        ctx.contentType("text/html; charset=utf-8").result(pages.render(page));
    }

    void render(Context ctx, int status, Page page) {
        ctx.status(status);
        render(ctx, page);
    }

    static void seeOther(Context ctx, String to) {
        ctx.redirect(to, HttpStatus.SEE_OTHER);
    }
}
