package org.securebase.cli.commands;

import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.terminal.ItemAnalysisTable;
import org.securebase.usecase.AnalyseItems;
import org.securebase.cli.terminal.OptionsTable;
import org.securebase.cli.terminal.RaschTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Item analysis and test statistics of a quiz over the attempts that count, as a table, with
 * each flag's reason and a legend (docs/item-analysis.md).
 *
 * @since 0.1
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Item analysis and test statistics of a quiz over the attempts that count (one per trainee).")
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUIZ-ID", description = "A quiz in the result database.")
    String quizId;

    @Option(names = "--options", description = "Distractor analysis instead: every option chosen overall and by the top "
            + "and bottom thirds, with flags.")
    boolean options;

    @Option(names = "--rasch", description = "Rasch calibration instead: item difficulties in logits with standard errors, "
            + "infit and outfit, person separation reliability.")
    boolean rasch;

    @Override
    public Integer call() {
        AnalyseItems analyse = new AnalyseItems(GlobalOptions.of(spec).workspace(), GlobalOptions.of(spec).clock());
        if (options) {
            OptionsTable.print(spec.commandLine().getOut(), quizId, analyse.options(quizId));
        }
        if (rasch) {
            RaschTable.print(spec.commandLine().getOut(), quizId, analyse.rasch(quizId));
        }
        if (!options && !rasch) {
            ItemAnalysisTable.print(spec.commandLine().getOut(), analyse.analyse(quizId));
        }
        return ExitCodes.OK;
    }
}
