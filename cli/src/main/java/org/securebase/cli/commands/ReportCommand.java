package org.securebase.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.OutputOptions;
import org.securebase.cli.terminal.Shown;
import org.securebase.usecase.ReportScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes a trainee's score report: score, pass or fail, each question with their answer, the
 * right answer and the feedback, and mastery per concept group as a bar chart.
 *
 * @since 0.1
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a trainee's score report (PDF) for the attempt that counts.")
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--trainee", required = true, paramLabel = "ID", description = "The trainee's id.")
    String traineeId;

    @Option(names = "--quiz", paramLabel = "QUIZ-ID", description = "The quiz (default: the only quiz in the database).")
    String quizId;

    @Mixin
    OutputOptions.WithDefault output;

    @Option(names = "--sponsor", paramLabel = "NAME", description = "The organisation named on the report (default: SecureBase).")
    String sponsor = "SecureBase";

    @Override
    public Integer call() throws Exception {
        ReportScore.Written written = new ReportScore(GlobalOptions.of(spec).workspace(), GlobalOptions.of(spec).clock())
                .report(new ReportScore.Request(traineeId, quizId, output.given().orElse(null), sponsor, output.force()));
        spec.commandLine().getOut().printf("wrote %s: %s, %s of %s points (%.1f%%), %s%n", written.file(), Shown.safe(written.name()),
                written.score().toPlainString(), written.max().toPlainString(), written.percent().doubleValue(),
                written.awaitingGrading() ? "awaiting grading (provisional score)" : written.passed() ? "passed" : "not passed");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
