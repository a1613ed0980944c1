package org.securebase.export.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.securebase.model.concept.ConceptGroup;

/** Score reports for tests. */
public final class ReportFixtures {
    private ReportFixtures() {
    }

    /** A report for a Greek-named trainee with one wrong and one partly right answer. */
    public static ScoreReportData anyReport() {
        return new ScoreReportData("Foundations of Emotionally Focused Therapy", "Riverside Counseling Training Institute",
                "Σωκράτης Παπαδόπουλος", LocalDate.of(2027, 3, 14), new BigDecimal("3.5"), new BigDecimal("5"), 70,
                List.of(new AnsweredQuestion(1, "Which attachment style does Maya's pursuit most suggest?",
                                "B. Anxious (preoccupied)", "B. Anxious (preoccupied)", BigDecimal.ONE, BigDecimal.ONE,
                                "Protest behaviour that escalates when the partner withdraws marks anxious attachment."),
                        new AnsweredQuestion(2, "What does Tom's silence most likely protect him from?",
                                "A. Boredom with the conversation", "C. Feeling he has failed Maya", BigDecimal.ZERO,
                                BigDecimal.ONE, "Withdrawal in a pursue–withdraw cycle usually shields from shame."),
                        new AnsweredQuestion(3, "Put the EFT de-escalation steps in order.", "1, 3, 2, 4", "1, 2, 3, 4",
                                new BigDecimal("1.5"), new BigDecimal("3"), null)),
                List.of(new GroupScore(ConceptGroup.STYLE, 1.0), new GroupScore(ConceptGroup.STRATEGY, 0.0),
                        new GroupScore(ConceptGroup.EFT_STEP, 0.5), new GroupScore(ConceptGroup.CYCLE, 0.75)));
    }
}
