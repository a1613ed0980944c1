package org.securebase.export.results;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.securebase.export.gradebook.Gradebook;
import org.securebase.export.gradebook.TraineeRow;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;

/**
 * The gradebook of attempts held in a list, with an item analysis made by the caller: the
 * whole-list reference the tests compare the spooled gradebook with. Production code streams
 * through {@link GradebookContent#spool} instead.
 */
final class ListedGradebook {
    private ListedGradebook() {
    }

    static Gradebook of(Quiz quiz, List<ScoredAttempt> counted, Function<String, GradebookContent.TraineeInfo> info,
                        ItemAnalysis analysis, String author) {
        return of(quiz, counted, info, analysis, author, quiz.settings().title() + " — gradebook");
    }

    static Gradebook of(Quiz quiz, List<ScoredAttempt> counted, Function<String, GradebookContent.TraineeInfo> info,
                        ItemAnalysis analysis, String author, String title) {
        GradebookContent.ChartTally charts = new GradebookContent.ChartTally();
        counted.forEach(charts::add);
        Iterable<TraineeRow> rows = () -> new Iterator<>() {
            private final Iterator<ScoredAttempt> it = counted.iterator();

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public TraineeRow next() {
                ScoredAttempt a = it.next();
                return GradebookContent.row(quiz, a, info.apply(a.header().traineeId()));
            }
        };
        return GradebookContent.of(quiz, rows, counted.size(), analysis, charts::charts, author, title);
    }
}
