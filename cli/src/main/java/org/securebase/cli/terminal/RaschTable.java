package org.securebase.cli.terminal;

import java.io.PrintWriter;
import java.util.Locale;
import org.securebase.quiz.analysis.CalibratedItem;
import org.securebase.quiz.analysis.Calibration;
import org.securebase.quiz.analysis.Flag;

/** Prints the Rasch calibration of {@code stats --rasch}: one line per item, person reliability, misfits, a legend. */
public final class RaschTable {
    private RaschTable() {
    }

    public static void print(PrintWriter out, String quizId, Calibration c) {
        out.println("quiz " + quizId + ": Rasch calibration (joint maximum likelihood, partial-credit model where marks"
                + " are not right or wrong) of " + c.items().size() + " items over " + c.persons() + " attempts");
        if (c.extremePersons() > 0 || !c.extremeItems().isEmpty()) {
            out.println("  set aside: " + c.extremePersons() + " attempt(s) with the lowest or highest possible total"
                    + (c.extremeItems().isEmpty() ? "" : "; items everyone scored alike: " + String.join(", ",
                    c.extremeItems().stream().map(Object::toString).toList())));
        }
        out.println();
        out.printf("%3s  %-44s %5s %10s %6s %6s %7s  %s%n", "#", "QUESTION", "CATS", "DIFFICULTY", "SE", "INFIT", "OUTFIT",
                "FLAGS");
        int n = 0;
        for (CalibratedItem i : c.items()) {
            out.printf(Locale.ROOT, "%3d  %-44s %5d %10.2f %6.2f %6.2f %7.2f  %s%n", ++n, i.ref(), i.categories().size(),
                    i.difficulty(), i.standardError(), i.infit(), i.outfit(),
                    String.join(", ", i.flags().stream().map(Flag::name).toList()));
        }
        out.println();
        out.printf(Locale.ROOT, "Person separation reliability %.2f (separation %.2f)%n", c.personReliability(),
                c.personSeparation());
        boolean flagged = c.items().stream().anyMatch(i -> !i.flags().isEmpty());
        if (flagged) {
            out.println();
            out.println("Misfitting items");
            for (CalibratedItem i : c.items()) {
                for (Flag f : i.flags()) {
                    out.print(Paragraphs.indented(i.ref() + ": " + f.reason(), 2, ItemAnalysisTable.WIDTH));
                }
            }
        }
        out.println();
        out.println("Legend");
        out.println("  CATS        score categories observed: 2 for right or wrong, more for partial credit");
        out.println("  DIFFICULTY  in logits, items centred on 0 (the mean of the thresholds for partial credit)");
        out.println("  SE          model standard error of the difficulty");
        out.println("  INFIT       information-weighted mean-square; OUTFIT  unweighted; 1 is what the model expects");
        out.println(String.format(Locale.ROOT, "  misfit      infit or outfit outside %.1f–%.1f", CalibratedItem.FIT_LOW,
                CalibratedItem.FIT_HIGH));
        out.println("  See docs/item-analysis.md.");
        out.flush();
    }
}
