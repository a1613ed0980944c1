package org.securebase.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.securebase.model.DomainException;
import org.securebase.web.view.Frame;
import org.securebase.web.view.MessagePage;

/**
 * The workshop's HTTP server: Javalin on Jetty, bound to one address, serving the trainee pages
 * and the instructor's dashboard. Every response carries the same security headers (a content
 * security policy without inline script, no framing, no referrer, no sniffing, no caching) and
 * no server version; every failure becomes a page from one exception mapper, never a stack trace.
 *
 * @since 0.2
 */
public final class WorkshopServer implements AutoCloseable {
    /** The largest request body accepted: the largest form is well under 2 KB. */
    public static final int MAX_BODY = 16 * 1024;

    /** The largest refused body still read to its end before the refusal is sent. */
    private static final long DRAINED_AT_MOST = 16L * MAX_BODY;
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Javalin app;
    private final String address;
    private final Secrets secrets;

    private final ServerCertificate tls;

    private WorkshopServer(Javalin app, String address, Secrets secrets, ServerCertificate tls) {
        this.app = app;
        this.address = address;
        this.secrets = secrets;
        this.tls = tls;
    }

    /**
     * Starts serving.
     *
     * @param delivery the engine behind the pages
     * @param workshop where and to whom
     * @param secrets the join code, instructor token and resume codes
     * @param log where the server writes one line per internal failure
     * @return the running server
     */
    public static WorkshopServer start(Delivery delivery, Workshop workshop, Secrets secrets, PrintStream log) {
        return start(delivery, workshop, secrets, log, null);
    }

    /**
     * Starts serving, over TLS when a certificate is given.
     *
     * @param delivery the engine behind the pages
     * @param workshop where and to whom
     * @param secrets the join code, instructor token and resume codes
     * @param log where the server writes one line per internal failure
     * @param tls the server's certificate, or null for plain HTTP
     * @return the running server
     */
    public static WorkshopServer start(Delivery delivery, Workshop workshop, Secrets secrets, PrintStream log,
                                       ServerCertificate tls) {
        Map<String, byte[]> assets = Map.of("app.css", asset("app.css"), "app.js", asset("app.js"));
        Sessions sessions = new Sessions();
        Templates pages = new Templates();
        Exchange ex = new Exchange(sessions, pages, tls != null);
        Attendance attendance = new Attendance(delivery);
        Gate gate = new Gate(workshop.joinsCloseAt());
        AtomicReference<String> address = new AtomicReference<>("");
        TraineeRoutes trainee = new TraineeRoutes(delivery, attendance, workshop, secrets, ex, gate, address::get);
        InstructorRoutes instructor = new InstructorRoutes(delivery, attendance, secrets, ex, gate, address::get);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY;
            config.http.generateEtags = false;
            config.jetty.host = workshop.bind();
            config.jetty.port = workshop.port();
            config.jetty.modifyHttpConfiguration(h -> {
                h.setSendServerVersion(false);
                h.setSendXPoweredBy(false);
            });
            if (tls != null) {
                config.jetty.addConnector((server, http) -> secureConnector(server, http, workshop, tls));
            }
            config.routes.before(ctx -> {
                secure(ctx);
                long length = ctx.req().getContentLengthLong();
                if (length > MAX_BODY) {
                    drain(ctx, length);
                    throw new HttpRefusal(413, "Too much", "The request is larger than any page here sends.");
                }
            });
            config.routes.get("/static/{name}", ctx -> {
                byte[] body = assets.get(ctx.pathParam("name"));
                if (body == null) {
                    throw HttpRefusal.notFound();
                }
                ctx.contentType(ctx.pathParam("name").endsWith(".css") ? "text/css; charset=utf-8"
                        : "text/javascript; charset=utf-8");
                ctx.header("Cache-Control", "max-age=3600");
                ctx.result(body);
            });
            trainee.register(config.routes);
            instructor.register(config.routes);
            config.routes.exception(SignIn.class, (e, ctx) -> Exchange.seeOther(ctx, e.to()));
            config.routes.exception(HttpRefusal.class, (e, ctx) -> message(ex, ctx, e.status(), e.heading(), e.getMessage()));
            config.routes.exception(HttpResponseException.class, (e, ctx) -> message(ex, ctx, e.getStatus(),
                    "That did not work", e.getStatus() == 413 ? "The request is larger than any page here sends."
                            : "The server cannot answer this request."));
            config.routes.exception(DomainException.class, (e, ctx) -> {
                log.println("securebase serve: refused " + ctx.method() + " " + ctx.path() + " (" + e.kind() + "): "
                        + e.getMessage());
                if (e.kind() == DomainException.Kind.UNAVAILABLE) {
                    message(ex, ctx, 503, "The server is busy", "Your saved answers are safe: try again in a moment.");
                } else {
                    message(ex, ctx, 409, "That did not work", "The server could not do that. Your saved answers"
                            + " are safe: go back and try again.");
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                log.println("securebase serve: internal failure on " + ctx.method() + " " + ctx.path() + ": " + e);
                message(ex, ctx, 500, "Something went wrong", "The server could not do that. Your saved answers are"
                        + " safe: go back and try again.");
            });
            config.routes.error(404, "*", ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    message(ex, ctx, 404, "Not found", "There is no such page here.");
                }
            });
            config.routes.error(405, "*", ctx -> message(ex, ctx, 405, "Not allowed", "This page cannot do that."));
        });
        app.start();
        String host = workshop.host().contains(":") ? "[" + workshop.host() + "]" : workshop.host();
        address.set((tls != null ? "https://" : "http://") + host + ":" + app.port() + "/");
        return new WorkshopServer(app, address.get(), secrets, tls);
    }

    /**
     * The only connector when serving over TLS: Javalin adds its plain one only when no connector
     * was added, so nothing listens in the clear.
     */
    private static ServerConnector secureConnector(Server server, HttpConfiguration http, Workshop workshop,
                                                   ServerCertificate tls) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(tls.keyStore());
        ssl.setKeyStorePassword("");
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration secure = new HttpConfiguration(http);
        SecureRequestCustomizer customizer = new SecureRequestCustomizer();
        customizer.setSniHostCheck(false);
        secure.addCustomizer(customizer);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(ssl, HttpVersion.HTTP_1_1.asString()), new HttpConnectionFactory(secure));
        connector.setHost(workshop.bind());
        connector.setPort(workshop.port());
        return connector;
    }

    private static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }

    private static void message(Exchange ex, Context ctx, int status, String heading, String message) {
        secure(ctx);
        ex.render(ctx, status, new Page("message.jte", new MessagePage(new Frame(heading, "SecureBase", "", "", ""),
                heading, message, "/", "Back to the start")));
    }

    private static byte[] asset(String name) {
        try (InputStream in = WorkshopServer.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the web asset " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the address trainees open, as {@code http://192.168.1.20:8080/} */
    public String address() {
        return address;
    }

    /** @return the port listened on */
    public int port() {
        return app.port();
    }

    /** @return how many connectors listen: one, whether plain or TLS */
    int listeners() {
        return app.jettyServer().server().getConnectors().length;
    }

    /** @return the SHA-256 fingerprint of the TLS certificate trainees are shown, or empty for plain HTTP */
    public java.util.Optional<String> fingerprint() {
        return java.util.Optional.ofNullable(tls).map(ServerCertificate::fingerprint);
    }

    /** @return the join code */
    public String joinCode() {
        return secrets.joinCode();
    }

    /** @return the address that opens the instructor's dashboard */
    public String instructorAddress() {
        return address + "instructor?token=" + secrets.instructorToken();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * Reads and drops a refused body that is not much larger than the bound, so the client reads
     * the 413 instead of a reset connection (a socket closed with unread bytes sends a reset that
     * can overtake the response). A larger body is not read: the connection then simply closes.
     */
    private static void drain(Context ctx, long length) {
        if (length > DRAINED_AT_MOST) {
            ctx.header("Connection", "close");
            return;
        }
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[8192];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                left -= n;
            }
        } catch (java.io.IOException e) {
            ctx.header("Connection", "close");
        }
    }
}
