package org.securebase.cli.commands;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.model.DomainException;
import org.securebase.model.course.Course;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.usecase.DeliverAttempt;
import org.securebase.scenarios.load.Loaded;
import org.securebase.web.Delivery;
import org.securebase.web.Qr;
import org.securebase.web.Roster;
import org.securebase.web.Secrets;
import org.securebase.web.ServerCertificate;
import org.securebase.web.Workshop;
import org.securebase.web.WorkshopServer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Serves a quiz to the browsers in the room (docs/delivery-web.md): builds or reuses the quiz,
 * starts the workshop server on the LAN address and prints the address, the join code, a QR
 * code and the instructor's dashboard address. It runs until stopped with Ctrl-C; answers are
 * in the store as they are given, so the same command started again lets trainees resume.
 *
 * @since 0.2
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a quiz to trainees' browsers on this network; runs until Ctrl-C.",
        footer = {"", "Without --tls the traffic is plain HTTP: anyone on the same Wi-Fi can read it"
                + " (docs/delivery-web.md)."})
public final class ServeCommand implements Callable<Integer> {
    /** Join and resume attempts allowed per client address a minute. */
    static final int JOINS_PER_MINUTE = 30;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BLUEPRINT-OR-COURSE", description = "A blueprint or course id in the library, or a blueprint .xml file.")
    String what;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the quiz (default: " + Session.DEFAULT_SEED + ").")
    long seed = Session.DEFAULT_SEED;

    @Option(names = "--port", paramLabel = "PORT", description = "The port to listen on (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port = 8080;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "The address to listen on (default: this machine's"
            + " LAN address; 127.0.0.1 for this machine only; 0.0.0.0 for every interface, only if you mean it).")
    String bind;

    @Option(names = "--roster", paramLabel = "FILE.csv", description = "Who may join: a CSV file id,name[,email,licence];"
            + " without it trainees register with their name.")
    Path roster;

    @ArgGroup(exclusive = true)
    Closing closing;

    @Option(names = "--joins-per-minute", paramLabel = "N", description = "Join and resume attempts allowed per"
            + " client address a minute (default: ${DEFAULT-VALUE}; raise it when the room reaches this machine"
            + " through one address, as behind a NAT or a proxy).")
    int joinsPerMinute = JOINS_PER_MINUTE;

    @Option(names = "--tls", description = "Serve over HTTPS with a self-signed certificate made once for this database"
            + " (its SHA-256 fingerprint is printed; browsers warn until trainees accept it).")
    boolean tls;

    /** When joining closes by itself. */
    static final class Closing {
        @Option(names = "--minutes", paramLabel = "N", description = "Close joining N minutes after the start.")
        Integer minutes;

        @Option(names = "--until", paramLabel = "HH:MM", description = "Close joining at this time today (local time).")
        String until;
    }

    @Override
    public Integer call() throws InterruptedException {
        GlobalOptions root = GlobalOptions.of(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new UserError("--port must be between 0 and 65535, was " + port);
        }
        if (joinsPerMinute < 1) {
            throw new UserError("--joins-per-minute must be at least 1, was " + joinsPerMinute);
        }
        Roster who = roster == null ? null : roster(roster);
        Instant closesAt = closesAt();
        String address = bind != null ? bind : lanAddress();
        boolean everywhere = address.equals("0.0.0.0") || address.equals("::");
        String advertised = everywhere ? lanAddress() : null;
        Course course = courseOf(root, err);
        Quiz quiz = Session.build(root, err, course != null ? course.quizId() : what, seed);
        DeliverAttempt session = DeliverAttempt.open(root.workspace(), root.clock());
        WorkshopServer server;
        try {
            Delivery delivery = new Delivery(session, root.workspace(), root.clock(), quiz, course);
            Path db = root.workspace().database().toAbsolutePath();
            Secrets secrets = Secrets.open(db.resolveSibling(db.getFileName() + ".serve-key"), quiz.id());
            Workshop workshop = new Workshop(address, advertised, port, who, closesAt, joinsPerMinute);
            ServerCertificate certificate = tls ? certificate(db, workshop.host()) : null;
            server = WorkshopServer.start(delivery, workshop, secrets,
                    new PrintStream(System.err, true, java.nio.charset.StandardCharsets.UTF_8), certificate);
        } catch (RuntimeException e) {
            session.close();
            if (causedBy(e, BindException.class)) {
                throw new UserError("cannot listen on " + address + ":" + port + " (in use, or not an address of this"
                        + " machine); choose another with --port or --bind", e);
            }
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> stop(server, session, stopped), "securebase-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        print(out, quiz, server, closesAt);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(server, session, stopped);
        }
        return ExitCodes.OK;
    }

    private static void stop(WorkshopServer server, DeliverAttempt session, CountDownLatch stopped) {
        if (stopped.getCount() == 0) {
            return;
        }
        server.close();
        session.close();
        stopped.countDown();
    }

    private void print(PrintWriter out, Quiz quiz, WorkshopServer server, Instant closesAt) {
        out.println("Serving " + quiz.settings().title() + " (quiz " + quiz.id() + ")");
        out.println();
        out.print(new Qr(server.address()).text());
        out.println();
        out.println("  Trainees open:  " + server.address());
        out.println("  Join code:      " + server.joinCode());
        out.println("  Projector page: " + server.address() + "join");
        out.println();
        out.println("  Instructor (keep private): " + server.instructorAddress());
        if (closesAt != null) {
            out.println("  Joining closes at " + closesAt.atZone(ZoneId.systemDefault()).toLocalTime().withNano(0) + ".");
        }
        if (server.address().contains("://127.")) {
            out.println("  Listening on this machine only: use --bind with the LAN address to serve the room.");
        }
        if (server.fingerprint().isPresent()) {
            out.println("  HTTPS with a self-signed certificate. Browsers warn that it is not trusted; before accepting,");
            out.println("  trainees compare its SHA-256 fingerprint with this one (it stays the same for this database):");
            out.println("    " + server.fingerprint().get());
            out.println("Stop with Ctrl-C; the same command resumes.");
        } else {
            out.println("Plain HTTP: others on this network can read what is sent (--tls encrypts it). Stop with Ctrl-C;"
                    + " the same command resumes.");
        }
        out.flush();
    }

    /** @return the course named, whose quiz is served and whose certificates trainees who pass may download; null for a blueprint */
    private Course courseOf(GlobalOptions root, PrintWriter err) {
        if (what.endsWith(".xml")) {
            return null;
        }
        Loaded loaded = Libraries.load(root, err);
        return loaded.courses().stream().filter(c -> c.id().equals(what)).findFirst().orElse(null);
    }

    private static ServerCertificate certificate(Path db, String host) {
        try {
            return ServerCertificate.open(db.resolveSibling(db.getFileName() + ".serve-tls.pem"), List.of(host),
                    Instant.now());
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static Roster roster(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such roster file: " + file);
        }
        try {
            return Roster.read(file);
        } catch (IllegalArgumentException | DomainException | UncheckedIOException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private Instant closesAt() {
        if (closing == null) {
            return null;
        }
        if (closing.minutes != null) {
            if (closing.minutes < 1) {
                throw new UserError("--minutes must be at least 1, was " + closing.minutes);
            }
            return Instant.now().plus(Duration.ofMinutes(closing.minutes));
        }
        try {
            LocalTime t = LocalTime.parse(closing.until);
            return LocalDate.now().atTime(t).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new UserError("--until must be a time such as 10:30, was '" + closing.until + "'", e);
        }
    }

    /** The first IPv4 address of an interface that is up, not a loopback and not virtual; else 127.0.0.1. */
    static String lanAddress() {
        try {
            for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!n.isUp() || n.isLoopback() || n.isVirtual() || n.isPointToPoint()) {
                    continue;
                }
                for (InetAddress a : Collections.list(n.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            // no interfaces readable: this machine only
        }
        return "127.0.0.1";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
