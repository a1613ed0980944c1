package org.securebase.export.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.securebase.export.typeset.Canvas;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.typeset.Face;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.typeset.Metadata;
import org.securebase.export.typeset.Pages;
import org.securebase.export.typeset.Palette;
import org.securebase.export.typeset.Text;

/**
 * Writes a trainee's score report: the score with pass or fail, a bar chart of mastery per
 * concept group (drawn directly with vector graphics), then every question with the trainee's
 * answer, the right answer and the feedback.
 *
 * @since 0.1
 */
public final class ScoreReports {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private final FontSet fonts;
    private final Clock clock;

    /**
     * @param fonts the embedded fonts
     * @param clock dates the PDF
     */
    public ScoreReports(FontSet fonts, Clock clock) {
        this.fonts = fonts;
        this.clock = clock;
    }

    /**
     * Writes the report (US letter, portrait) to a stream, left open.
     *
     * @throws ExportException when the PDF cannot be produced
     */
    public void write(ScoreReportData r, OutputStream out) {
        try {
            Pages.Opened opened = Pages.open(PageSize.LETTER, out,
                    new Metadata("Score report: " + r.title(), r.sponsor(), "Score report for " + r.traineeName(),
                            "score report, quiz", clock.instant()),
                    fonts, r.sponsor() + "  ·  Score report", page -> Text.nfc(r.traineeName()) + "  ·  page " + page);
            Document doc = opened.document();
            doc.add(paragraph(r.title(), Face.SERIF_BOLD, 18, Palette.NAVY, 2));
            doc.add(paragraph(r.traineeName() + "  ·  " + DAY.format(r.taken()), Face.SANS, 10, Palette.GREY, 14));

            Paragraph score = new Paragraph(20, "", fonts.font(Face.SANS, 10, Palette.INK));
            score.add(new Chunk(r.score().stripTrailingZeros().toPlainString() + " of "
                    + r.max().stripTrailingZeros().toPlainString() + " points  ·  " + r.percent().toPlainString() + "%   ",
                    fonts.font(Face.SERIF_BOLD, 15, Palette.INK)));
            Chunk verdict = new Chunk(r.awaitingGrading() ? " AWAITING GRADING " : r.passed() ? " PASS " : " FAIL ",
                    fonts.font(Face.SANS_BOLD, 11, java.awt.Color.WHITE));
            verdict.setBackground(r.awaitingGrading() ? Palette.GREY : r.passed() ? Palette.GREEN : Palette.RED, 2, 3, 2, 3);
            score.add(verdict);
            score.add(new Chunk("   pass mark " + r.passPercent() + "%", fonts.font(Face.SANS, 9, Palette.GREY)));
            score.setSpacingAfter(r.missedMustPass().isEmpty() && !r.awaitingGrading() ? 14 : 4);
            doc.add(score);
            if (r.awaitingGrading()) {
                doc.add(paragraph("Provisional: a written answer has not been graded yet and counts 0 for now. The"
                        + " attempt is neither passed nor failed until a grader has marked it.", Face.SANS, 9.5f,
                        Palette.GREY, 14));
            }
            if (!r.missedMustPass().isEmpty()) {
                doc.add(paragraph("Not passed, whatever the total: a must-pass question needs its full marks, and "
                        + (r.missedMustPass().size() == 1 ? "this one was" : "these were") + " missed: "
                        + String.join("; ", r.missedMustPass()), Face.SANS, 9.5f, Palette.RED, 14));
            }

            if (!r.groups().isEmpty()) {
                doc.add(paragraph("Mastery per concept group", Face.SANS_BOLD, 10.5f, Palette.NAVY, 6));
                doc.add(chart(opened.writer().getDirectContent(), r, doc.right() - doc.left()));
            }
            doc.add(paragraph("Questions", Face.SANS_BOLD, 10.5f, Palette.NAVY, 4));
            for (AnsweredQuestion q : r.questions()) {
                question(doc, q);
            }
            doc.close();
        } catch (RuntimeException e) {
            throw new ExportException("cannot write the score report for " + r.traineeName() + ": " + e.getMessage(), e);
        }
    }

    private void question(Document doc, AnsweredQuestion q) {
        Paragraph head = new Paragraph(14, "", fonts.font(Face.SANS, 9.5f, Palette.INK));
        head.add(new Chunk(q.number() + ".  ", fonts.font(Face.SANS_BOLD, 9.5f, Palette.NAVY)));
        head.add(new Chunk(Text.nfc(q.stem()), fonts.font(Face.SERIF_BOLD, 9.5f, Palette.INK)));
        head.add(new Chunk("   " + q.points().stripTrailingZeros().toPlainString() + "/"
                + q.max().stripTrailingZeros().toPlainString(), fonts.font(Face.SANS, 8.5f, Palette.GREY)));
        head.setSpacingBefore(6);
        doc.add(head);
        doc.add(labelled("Your answer", q.answer(), q.awaitingGrading() ? Palette.INK : q.right() ? Palette.GREEN
                : q.points().signum() > 0 ? Palette.GOLD : Palette.RED, Face.SANS));
        if (q.awaitingGrading()) {
            doc.add(labelled("Grading", "awaiting a grader", Palette.GREY, Face.SANS));
        }
        for (String line : q.grading()) {
            doc.add(labelled("Graded", line, Palette.INK, Face.SANS));
        }
        if (!q.right()) {
            doc.add(labelled(q.grading().isEmpty() && !q.awaitingGrading() ? "Right answer" : "Model answer",
                    q.correctAnswer(), Palette.INK, Face.SANS));
        }
        if (q.feedback() != null) {
            doc.add(labelled("Why", q.feedback(), Palette.GREY, Face.SERIF_ITALIC));
        }
    }

    private Paragraph labelled(String label, String text, java.awt.Color color, Face face) {
        Paragraph p = new Paragraph(12, "", fonts.font(Face.SANS, 8.8f, Palette.INK));
        p.setIndentationLeft(16);
        p.add(new Chunk(label + ":  ", fonts.font(Face.SANS_BOLD, 8, Palette.GREY)));
        p.add(new Chunk(Text.nfc(text), fonts.font(face, 8.8f, color)));
        return p;
    }

    private Paragraph paragraph(String text, Face face, float size, java.awt.Color color, float after) {
        Paragraph p = new Paragraph(size * 1.25f, "", fonts.font(face, size, color));
        p.add(fonts.phrase(text, face, size, color));
        p.setSpacingAfter(after);
        return p;
    }

    /** Horizontal bars, one per group: label, track, bar, percentage; gridlines at 25, 50, 75%. */
    private Image chart(PdfContentByte content, ScoreReportData r, float width) {
        float rowHeight = 15;
        float labelWidth = 170;
        float valueWidth = 36;
        float height = r.groups().size() * rowHeight + 16;
        PdfTemplate t = content.createTemplate(width, height);
        Canvas canvas = new Canvas(t, fonts);
        float track = width - labelWidth - valueWidth;
        for (int g = 0; g <= 4; g++) {
            float x = labelWidth + track * g / 4;
            t.saveState();
            t.setColorStroke(Palette.LIGHT);
            t.setLineWidth(0.4f);
            t.moveTo(x, 12);
            t.lineTo(x, height);
            t.stroke();
            t.restoreState();
            canvas.line(g * 25 + "%", Face.SANS, 6.5f, Palette.GREY, x, 2, Element.ALIGN_CENTER, 0);
        }
        for (int i = 0; i < r.groups().size(); i++) {
            GroupScore s = r.groups().get(i);
            float y = height - (i + 1) * rowHeight;
            canvas.line(s.group().title(), Face.SANS, 8, Palette.INK, labelWidth - 8, y + 4, Element.ALIGN_RIGHT, 0);
            t.saveState();
            t.setColorFill(new java.awt.Color(0xF1, 0xEE, 0xE7));
            t.rectangle(labelWidth, y + 1.5f, track, rowHeight - 5);
            t.fill();
            t.setColorFill(s.mastery() >= 0.7 ? Palette.NAVY : s.mastery() >= 0.5 ? Palette.GOLD : Palette.RED);
            t.rectangle(labelWidth, y + 1.5f, (float) (track * s.mastery()), rowHeight - 5);
            t.fill();
            t.restoreState();
            canvas.line(Math.round(s.mastery() * 100) + "%", Face.SANS_BOLD, 8, Palette.INK, width - 2, y + 4,
                    Element.ALIGN_RIGHT, 0);
        }
        Image image = Image.getInstance(t);
        image.setSpacingAfter(10);
        return image;
    }
}
