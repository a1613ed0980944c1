package org.securebase.export.gradebook;

import java.util.List;
import org.securebase.model.Checks;

/**
 * Everything a gradebook workbook shows. The trainee rows are an {@link Iterable} read once, so
 * a caller can stream them from its store without holding them all.
 *
 * @param title the quiz or course title
 * @param author who the workbook is from (program or sponsor)
 * @param questions the question columns, in delivery order
 * @param concepts the concept columns of the mastery sheet
 * @param trainees the trainee rows, iterated once
 * @param items item analysis, one per question
 * @param testStatistics statistics of the whole test
 * @param charts the pre-binned chart numbers
 * @param options the distractor analysis, one row per option of every choice question (since 0.3)
 * @since 0.1
 */
public record Gradebook(String title, String author, List<QuestionColumn> questions, List<ConceptColumn> concepts,
                        Iterable<TraineeRow> trainees, List<ItemRow> items, List<Statistic> testStatistics,
                        ChartData charts, List<OptionRow> options) {

    /** A gradebook without distractor analysis (its Options sheet holds the header only). */
    public Gradebook(String title, String author, List<QuestionColumn> questions, List<ConceptColumn> concepts,
                     Iterable<TraineeRow> trainees, List<ItemRow> items, List<Statistic> testStatistics,
                     ChartData charts) {
        this(title, author, questions, concepts, trainees, items, testStatistics, charts, List.of());
    }

    /** Requires every part. */
    public Gradebook {
        title = Checks.text(title, "gradebook title");
        author = Checks.text(author, "gradebook author");
        questions = Checks.list(questions, "gradebook questions");
        concepts = Checks.list(concepts, "gradebook concepts");
        Checks.present(trainees, "gradebook trainees");
        items = Checks.list(items, "item analysis");
        testStatistics = Checks.list(testStatistics, "test statistics");
        Checks.present(charts, "chart data");
        options = Checks.list(options, "option rows");
    }
}
