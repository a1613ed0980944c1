package org.securebase.cli.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.OutputOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.Shown;
import org.securebase.usecase.EraseTrainee;
import org.securebase.usecase.ExportTraineeData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * A trainee's data rights: export everything held about them, erase them at their request, and
 * erase everyone inactive since a date (retention). Erasing asks for confirmation unless
 * {@code --yes} is given; see docs/privacy.md.
 *
 * @since 0.5
 */
@Command(name = "trainee", mixinStandardHelpOptions = true,
        description = "Export or erase what the database holds about a trainee; erase trainees inactive since a date.",
        subcommands = {TraineeCommand.Export.class, TraineeCommand.Erase.class, TraineeCommand.Purge.class})
public final class TraineeCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code trainee export ID --out DIR}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write everything the database holds about one trainee into a new, owner-only folder:",
                    "trainee.json (identity, attempts with answers, marks and scores, certificates, rescores and ratings",
                    "of their answers), their score report for each quiz and each standing certificate as PDFs."})
    public static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The trainee's id.")
        String traineeId;

        @Mixin
        OutputOptions.Required output;

        @Option(names = "--sponsor", paramLabel = "NAME", description = "The organisation named on the reports (default: SecureBase).")
        String sponsor = "SecureBase";

        @Override
        public Integer call() throws IOException {
            GlobalOptions options = GlobalOptions.of(spec);
            PrintWriter out = spec.commandLine().getOut();
            ExportTraineeData.Exported exported = new ExportTraineeData(options.workspace(), options.clock())
                    .export(new ExportTraineeData.Request(traineeId, output.path(), output.force(), sponsor,
                            Libraries.load(options, spec.commandLine().getErr()).courses()));
            out.println("wrote " + exported.folder() + ": trainee.json (" + exported.attempts() + " attempt(s), "
                    + exported.certificates() + " certificate(s))" + (exported.files().isEmpty() ? ""
                    : " and " + String.join(", ", exported.files())));
            exported.notWritten().forEach(line -> out.println("  " + Shown.safe(line)));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code trainee erase ID --reason TEXT [--yes]}. */
    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = {"Erase a trainee at their request, in one transaction: name, e-mail, licence and jurisdiction",
                    "are deleted, a random pseudonym replaces their id on attempts and certificates, their marks stay",
                    "(anonymous, so item statistics do not change) and an audit record of the erasure is kept.",
                    "'verify NUMBER CODE' then answers that the record was erased; a certificate PDF the trainee holds",
                    "still verifies offline. Asks for confirmation unless --yes is given."},
            footer = {"", "Exit codes: 0 erased, 1 unknown trainee or not confirmed, 2 usage error."})
    public static final class Erase implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "ID", description = "The trainee's id.")
        String traineeId;

        @Option(names = "--reason", required = true, paramLabel = "TEXT",
                description = "Why (the request it answers), kept in the audit record.")
        String reason;

        @Option(names = "--yes", description = "Erase without asking.")
        boolean yes;

        @Override
        public Integer call() throws IOException {
            GlobalOptions options = GlobalOptions.of(spec);
            PrintWriter out = spec.commandLine().getOut();
            if (!yes && !confirmed(options, out, "Erase trainee " + Shown.safe(traineeId) + " from "
                    + options.workspace().describe() + "? This cannot be undone.")) {
                return ExitCodes.INPUT;
            }
            EraseTrainee.Erased erasure = new EraseTrainee(options.workspace(), options.clock()).erase(traineeId, reason);
            out.println("erased trainee " + Shown.safe(traineeId) + ": " + erasure.attempts() + " attempt(s) and "
                    + erasure.certificates() + " certificate(s) now name " + erasure.pseudonym()
                    + "; the erasure is recorded (reason: " + Shown.safe(erasure.reason()) + ")");
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code trainee purge --inactive-since DATE --reason TEXT [--dry-run | --yes]}. */
    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = {"Retention: list the trainees with no attempt started or submitted and no certificate issued",
                    "since a date (a trainee with none at all included), then erase each as 'trainee erase' does.",
                    "Shows the list and asks for confirmation unless --yes is given; --dry-run only lists."},
            footer = {"", "Exit codes: 0 listed or erased, 1 not confirmed, 2 usage error."})
    public static final class Purge implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--inactive-since", required = true, paramLabel = "YYYY-MM-DD",
                description = "The cut-off date (UTC): trainees with no activity on or after it are erased.")
        String since;

        @Option(names = "--reason", paramLabel = "TEXT", defaultValue = "retention period ended",
                description = "Kept in each audit record (default: ${DEFAULT-VALUE}).")
        String reason;

        @Option(names = "--dry-run", description = "Only list who would be erased.")
        boolean dryRun;

        @Option(names = "--yes", description = "Erase without asking.")
        boolean yes;

        @Override
        public Integer call() throws IOException {
            GlobalOptions options = GlobalOptions.of(spec);
            PrintWriter out = spec.commandLine().getOut();
            Instant cutoff = cutoff();
            EraseTrainee erase = new EraseTrainee(options.workspace(), options.clock());
            List<EraseTrainee.Idle> inactive = erase.inactiveSince(cutoff);
            if (inactive.isEmpty()) {
                out.println("no trainee has been inactive since " + since + "; nothing to erase");
                out.flush();
                return ExitCodes.OK;
            }
            out.printf("%-30s %-26s %s%n", "TRAINEE", "LAST ACTIVITY", "ATTEMPTS");
            for (EraseTrainee.Idle t : inactive) {
                out.printf("%-30s %-26s %d%n", Shown.safe(t.traineeId()),
                        t.lastActivity() == null ? "none" : t.lastActivity().toString(), t.attempts());
            }
            out.println(inactive.size() + " trainee(s) inactive since " + since);
            if (dryRun) {
                out.println("dry run: nothing was erased");
                out.flush();
                return ExitCodes.OK;
            }
            if (!yes && !confirmed(options, out, "Erase these " + inactive.size() + " trainee(s)? This cannot be undone.")) {
                return ExitCodes.INPUT;
            }
            List<EraseTrainee.Erased> erased = erase.purge(cutoff, reason);
            out.println("erased " + erased.size() + " trainee(s); each erasure is recorded (reason: "
                    + Shown.safe(reason) + ")");
            out.flush();
            return ExitCodes.OK;
        }

        private Instant cutoff() {
            try {
                return LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new UserError("--inactive-since needs a date YYYY-MM-DD, was '" + since + "'", e);
            }
        }
    }

    /** Asks on standard input; only {@code yes} (or {@code y}) confirms. */
    static boolean confirmed(GlobalOptions options, PrintWriter out, String question) throws IOException {
        out.print(question + " (yes/no) ");
        out.flush();
        String line = new BufferedReader(new InputStreamReader(options.in(), StandardCharsets.UTF_8)).readLine();
        boolean yes = line != null && (line.strip().equalsIgnoreCase("yes") || line.strip().equalsIgnoreCase("y"));
        if (!yes) {
            out.println();
            out.println("nothing was erased (answer yes, or add --yes)");
            out.flush();
        }
        return yes;
    }
}
