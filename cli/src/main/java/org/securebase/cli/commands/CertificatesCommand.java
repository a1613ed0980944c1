package org.securebase.cli.commands;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.terminal.ProgressBar;
import org.securebase.export.certificate.CertificateBatch;
import org.securebase.export.typeset.Face;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.course.Course;
import org.securebase.usecase.IssueCertificates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
                "Trainees who already hold a certificate for the course are skipped."})
public final class CertificatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--course", required = true, paramLabel = "COURSE", description = "The course id (see 'securebase list').")
    String courseId;

    @Option(names = "--quiz", paramLabel = "QUIZ-ID",
            description = "The quiz whose results count (default: the only quiz built from the course's blueprint).")
    String quizId;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The folder to write (must not exist without --force).")
    Path out;

    @Option(names = "--font", paramLabel = "FILE.ttf",
            description = "A TrueType font for every text, for names in scripts the bundled DejaVu fonts lack.")
    Path font;

    @Option(names = "--force", description = "Replace an existing output folder.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = GlobalOptions.of(spec);
        Course course = Libraries.course(Libraries.load(options, spec.commandLine().getErr()), courseId);
        FontSet fonts = font == null ? FontSet.bundled() : FontSet.of(Map.of(Face.SERIF, font, Face.SERIF_BOLD, font,
                Face.SERIF_ITALIC, font, Face.SANS, font, Face.SANS_BOLD, font, Face.MONO, font));
        ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), "issuing certificates", options.interactive());
        IssueCertificates.Issued issued;
        try {
            issued = new IssueCertificates(options.workspace(), Session.clock())
                    .issue(new IssueCertificates.Request(course, quizId, out, force, fonts), bar::update);
        } finally {
            bar.finish();
        }
        if (issued.count() == 0) {
            spec.commandLine().getOut().println("no new certificates: no trainee passed quiz " + issued.quizId()
                    + (issued.before() == 0 ? "" : " who does not already hold one (" + issued.before() + " issued before)"));
        } else {
            spec.commandLine().getOut().println("issued " + issued.count() + " certificates for " + course.id() + " into "
                    + issued.folder() + " (combined for printing: " + CertificateBatch.COMBINED + ")"
                    + (issued.samples() > 0 ? "; " + issued.samples() + " from simulated results are marked SAMPLE" : ""));
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
