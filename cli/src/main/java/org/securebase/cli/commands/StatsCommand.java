package org.securebase.cli.commands;

import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.terminal.ItemAnalysisTable;
import org.securebase.usecase.AnalyseItems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

    @Override
    public Integer call() {
        ItemAnalysisTable.print(spec.commandLine().getOut(),
                new AnalyseItems(GlobalOptions.of(spec).workspace(), GlobalOptions.of(spec).clock()).analyse(quizId));
        return ExitCodes.OK;
    }
}
