package org.securebase.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.OutputOptions;
import org.securebase.cli.terminal.ProgressBar;
import org.securebase.export.certificate.CertificateBatch;
import org.securebase.export.typeset.Face;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.course.Course;
import org.securebase.usecase.CertificateRecords;
import org.securebase.usecase.IssueCertificates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Issues signed CE certificates to every trainee whose counted attempt passed the course's
 * quiz: one PDF each plus a combined PDF for printing, all recorded in the store so a number
 * and code can be looked up later. Certificates from simulated attempts carry a SAMPLE mark.
 *
 * @since 0.1
 */
@Command(name = "certificates", mixinStandardHelpOptions = true,
        description = {"Issue signed CE certificates to the trainees who passed a course's quiz.",
                "Trainees who already hold a certificate for the course are skipped."},
        subcommands = CertificatesCommand.Revoke.class)
public final class CertificatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--course", paramLabel = "COURSE", description = "The course id (see 'securebase list').")
    String courseId;

    @Option(names = "--quiz", paramLabel = "QUIZ-ID",
            description = "The quiz whose results count (default: the only quiz built from the course's blueprint).")
    String quizId;

    @Mixin
    OutputOptions.WithDefault output;

    @Option(names = "--font", paramLabel = "FILE.ttf",
            description = "A TrueType font for every text, for names in scripts the bundled DejaVu fonts lack.")
    Path font;

    @Override
    public Integer call() throws Exception {
        requireIssueOptions();
        GlobalOptions options = GlobalOptions.of(spec);
        Course course = Libraries.course(Libraries.load(options, spec.commandLine().getErr()), courseId);
        FontSet fonts = font == null ? FontSet.bundled() : FontSet.of(Map.of(Face.SERIF, font, Face.SERIF_BOLD, font,
                Face.SERIF_ITALIC, font, Face.SANS, font, Face.SANS_BOLD, font, Face.MONO, font));
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "issuing certificates", options.interactive());
        IssueCertificates.Issued issued;
        try {
            issued = new IssueCertificates(options.workspace(), options.clock())
                    .issue(new IssueCertificates.Request(course, quizId, output.given().orElseThrow(), output.force(), fonts), bar::update);
        } finally {
            bar.finish();
        }
        if (issued.recovered() > 0) {
            spec.commandLine().getOut().println("wrote again " + issued.recovered() + " certificate"
                    + (issued.recovered() == 1 ? "" : "s") + " an interrupted run had recorded, into " + issued.folder());
        }
        if (issued.count() == 0) {
            spec.commandLine().getOut().println("no new certificates: no trainee passed quiz " + issued.quizId()
                    + (issued.before() == 0 ? "" : " who does not already hold one (" + issued.before() + " issued before)"));
        } else {
            spec.commandLine().getOut().println("issued " + issued.count() + " certificates for " + course.id() + " into "
                    + issued.folder() + " (combined for printing: " + CertificateBatch.COMBINED + ")"
                    + (issued.samples() > 0 ? "; " + issued.samples() + " from simulated results are marked SAMPLE" : ""));
        }
        if (issued.awaitingGrading() > 0) {
            spec.commandLine().getOut().println(issued.awaitingGrading() + " trainee" + (issued.awaitingGrading() == 1
                    ? "'s attempt awaits" : "s' attempts await") + " grading: no certificate until every open answer"
                    + " is graded (securebase grade " + issued.quizId() + ")");
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * Issuing needs {@code --course} and {@code --out}; they are checked here rather than marked
     * required, so that {@code certificates revoke} can run without them.
     */
    private void requireIssueOptions() {
        List<String> missing = new ArrayList<>();
        if (courseId == null) {
            missing.add("'--course=COURSE'");
        }
        if (output.given().isEmpty()) {
            missing.add("'--out=PATH'");
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required option" + (missing.size() == 1 ? "" : "s")
                    + ": " + String.join(", ", missing));
        }
    }

    /** {@code certificates revoke NUMBER --reason TEXT}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = {"Revoke an issued certificate, keeping the reason and time as its audit record.",
                    "'verify NUMBER CODE' then reports it revoked."})
    public static final class Revoke implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NUMBER", description = "The certificate number, e.g. AFW-2027-000001.")
        String number;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it no longer stands.")
        String reason;

        @Override
        public Integer call() {
            CertificateRecords.Recorded revoked = new CertificateRecords(GlobalOptions.of(spec).workspace(),
                    GlobalOptions.of(spec).clock()).revoke(number, reason);
            spec.commandLine().getOut().println("revoked certificate " + revoked.number() + " at " + revoked.revokedAt()
                    + ": " + revoked.revocationReason());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
    }
}
