package org.securebase.export.handout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.securebase.export.typeset.ExportException;
import org.securebase.export.typeset.Face;
import org.securebase.export.typeset.FontSet;
import org.securebase.export.typeset.Metadata;
import org.securebase.export.typeset.Pages;
import org.securebase.export.typeset.Palette;
import org.securebase.export.typeset.Text;
import org.securebase.model.question.AnswerSpace;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionLayout;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;

/**
 * Writes printable quiz handouts: the trainee handout of a variant (vignettes with a clean
 * transcript layout, the questions with lettered parts as presented, and an answer sheet), and
 * the separate answer key of the variant with the feedback. The trainee handout is built from
 * the questions' presented parts only and never prints which part is right.
 *
 * @since 0.1
 */
public final class Handouts {
    /** One line of writing space on the answer sheet. */
    static final String ANSWER_LINE = "_".repeat(78);

    private final FontSet fonts;
    private final Clock clock;

    /**
     * @param fonts the embedded fonts
     * @param clock dates the PDFs
     */
    public Handouts(FontSet fonts, Clock clock) {
        this.fonts = fonts;
        this.clock = clock;
    }

    /**
     * Writes the trainee handout of a variant (US letter) to a stream, left open.
     *
     * @throws ExportException when the PDF cannot be produced
     */
    public void writeHandout(HandoutData h, OutputStream out) {
        try {
            Pages.Opened opened = open(h, out, "Quiz", "Quiz handout");
            Document doc = opened.document();
            doc.add(para(h.quizTitle(), Face.SERIF_BOLD, 18, Palette.NAVY, 4));
            doc.add(para("Variant " + h.variantCode() + "  ·  " + h.sponsor(), Face.SANS, 9.5f, Palette.GREY, 10));
            doc.add(para("Name ______________________________    Date ______________", Face.SANS, 9.5f, Palette.INK, 14));
            for (PresentedVignette v : h.vignettes()) {
                vignette(doc, v.vignette());
                for (PresentedQuestion q : v.questions()) {
                    question(doc, q);
                }
            }
            doc.newPage();
            answerSheet(doc, h);
            doc.close();
        } catch (RuntimeException e) {
            throw new ExportException("cannot write the handout of variant " + h.variantCode() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the answer key of a variant (US letter) to a stream, left open.
     *
     * @throws ExportException when the PDF cannot be produced
     */
    public void writeAnswerKey(HandoutData h, OutputStream out) {
        try {
            Pages.Opened opened = open(h, out, "Answer key", "Answer key");
            Document doc = opened.document();
            doc.add(para("Answer key: " + h.quizTitle(), Face.SERIF_BOLD, 17, Palette.NAVY, 4));
            doc.add(para("Variant " + h.variantCode() + "  ·  for instructors: do not hand out", Face.SANS_BOLD, 9.5f,
                    Palette.RED, 12));
            for (PresentedVignette v : h.vignettes()) {
                doc.add(para(v.vignette().title(), Face.SERIF_BOLD, 12, Palette.NAVY, 4));
                for (PresentedQuestion q : v.questions()) {
                    keyEntry(doc, q);
                }
            }
            doc.close();
        } catch (RuntimeException e) {
            throw new ExportException("cannot write the answer key of variant " + h.variantCode() + ": " + e.getMessage(), e);
        }
    }

    private Pages.Opened open(HandoutData h, OutputStream out, String kind, String subject) {
        String header = h.quizTitle() + "  ·  " + kind + "  ·  Variant " + h.variantCode();
        return Pages.open(PageSize.LETTER, out,
                new Metadata(kind + ": " + h.quizTitle() + " (variant " + h.variantCode() + ")", h.sponsor(),
                        subject + ", variant " + h.variantCode(), "quiz, handout, variant " + h.variantCode(),
                        clock.instant()),
                fonts, header, page -> "Variant " + Text.nfc(h.variantCode()) + "  ·  page " + page);
    }

    private void vignette(Document doc, Vignette v) {
        if (!v.contentNotes().isEmpty()) {
            Paragraph note = para("Content note: this case includes " + String.join("; ", v.contentNotes()) + ".",
                    Face.SANS_BOLD, 8.5f, Palette.INK, 2);
            note.setSpacingBefore(6);
            doc.add(note);
        }
        Paragraph title = para(v.title(), Face.SERIF_BOLD, 13.5f, Palette.NAVY, 2);
        title.setSpacingBefore(v.contentNotes().isEmpty() ? 6 : 2);
        doc.add(title);
        String who = v.clients().stream().map(Handouts::describe).collect(Collectors.joining("; "));
        doc.add(para(capitalise(v.format().xmlName()) + " session  ·  " + who, Face.SANS, 8.5f, Palette.GREY, 6));
        for (String p : v.background()) {
            Paragraph bg = para(p, Face.SERIF, 9.5f, Palette.INK, 5);
            bg.setAlignment(Element.ALIGN_JUSTIFIED);
            doc.add(bg);
        }
        if (!v.transcript().isEmpty()) {
            PdfPTable table = new PdfPTable(new float[] {0.35f, 1.3f, 5.5f});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            table.setHeaderRows(0);
            int n = 1;
            for (Turn t : v.transcript()) {
                table.addCell(cell(new Phrase(String.valueOf(n++), font(Face.SANS, 7, Palette.GREY)), false));
                table.addCell(cell(new Phrase(speaker(v, t), font(Face.SANS_BOLD, 8.5f,
                        t.byTherapist() ? Palette.GOLD : Palette.NAVY)), false));
                Phrase said = new Phrase(12.5f, "", font(Face.SERIF, 9.5f, Palette.INK));
                if (t.nonverbal() != null) {
                    said.add(new Chunk("(" + Text.nfc(t.nonverbal()) + ")  ", font(Face.SERIF_ITALIC, 9, Palette.GREY)));
                }
                said.add(new Chunk(Text.nfc(t.text()), font(Face.SERIF, 9.5f, Palette.INK)));
                table.addCell(cell(said, n % 2 == 0));
            }
            doc.add(table);
        }
    }

    private void question(Document doc, PresentedQuestion pq) {
        Question q = pq.question();
        Paragraph stem = new Paragraph(13, "", font(Face.SERIF_BOLD, 10, Palette.INK));
        stem.add(new Chunk(pq.number() + ".  ", font(Face.SANS_BOLD, 10, Palette.NAVY)));
        stem.add(new Chunk(Text.nfc(q.stem()), font(Face.SERIF_BOLD, 10, Palette.INK)));
        stem.add(new Chunk("   " + instruction(q), font(Face.SANS, 8, Palette.GREY)));
        stem.setSpacingBefore(8);
        stem.setSpacingAfter(3);
        stem.setKeepTogether(true);
        doc.add(stem);
        q.accept(new QuestionVisitor<Void>() {
            @Override
            public Void singleChoice(SingleChoice s) {
                lettered(doc, pq);
                return null;
            }

            @Override
            public Void multipleResponse(MultipleResponse m) {
                lettered(doc, pq);
                return null;
            }

            @Override
            public Void ordering(Ordering o) {
                lettered(doc, pq);
                return null;
            }

            @Override
            public Void matching(Matching m) {
                PdfPTable table = new PdfPTable(new float[] {1, 1});
                table.setWidthPercentage(92);
                table.setHorizontalAlignment(Element.ALIGN_RIGHT);
                List<MatchPair> pairs = m.pairs();
                for (int i = 0; i < Math.max(pairs.size(), pq.presented().size()); i++) {
                    String left = i < pairs.size() ? (i + 1) + ".  " + pairs.get(i).left() + "   ____" : "";
                    String right = i < pq.presented().size() ? PresentedQuestion.letter(i) + ".  " + pq.presented().get(i) : "";
                    table.addCell(cell(new Phrase(12, Text.nfc(left), font(Face.SERIF, 9.5f, Palette.INK)), false));
                    table.addCell(cell(new Phrase(12, Text.nfc(right), font(Face.SERIF, 9.5f, Palette.INK)), false));
                }
                doc.add(table);
                return null;
            }

            @Override
            public Void openResponse(OpenResponse o) {
                // the trainee writes on the lined space of the answer sheet
                return null;
            }
        });
    }

    /** The lettered parts of a question, one paragraph each, in presented order. */
    private void lettered(Document doc, PresentedQuestion pq) {
        for (int i = 0; i < pq.presented().size(); i++) {
            Paragraph option = new Paragraph(12.5f, "", font(Face.SERIF, 9.5f, Palette.INK));
            option.setIndentationLeft(22);
            option.setFirstLineIndent(0);
            option.add(new Chunk(PresentedQuestion.letter(i) + ".  ",
                    font(Face.SANS_BOLD, 9, Palette.NAVY)));
            option.add(new Chunk(Text.nfc(pq.presented().get(i)), font(Face.SERIF, 9.5f, Palette.INK)));
            doc.add(option);
        }
    }

    private void answerSheet(Document doc, HandoutData h) {
        doc.add(para("Answer sheet", Face.SERIF_BOLD, 17, Palette.NAVY, 2));
        doc.add(para("Variant " + h.variantCode() + "  ·  mark one circle for single-choice questions, every circle that"
                + " applies for select-all questions; write letters for ordering and matching.", Face.SANS, 8.5f,
                Palette.GREY, 10));
        doc.add(para("Name ______________________________    Date ______________", Face.SANS, 9.5f, Palette.INK, 12));
        PdfPTable table = new PdfPTable(new float[] {0.6f, 6});
        table.setWidthPercentage(100);
        for (PresentedVignette v : h.vignettes()) {
            for (PresentedQuestion q : v.questions()) {
                table.addCell(cell(new Phrase(String.valueOf(q.number()), font(Face.SANS_BOLD, 10, Palette.NAVY)),
                        q.number() % 2 == 0));
                table.addCell(cell(new Phrase(18, answerSpace(q), font(Face.SANS, 10, Palette.INK)), q.number() % 2 == 0));
            }
        }
        doc.add(table);
    }

    private static String answerSpace(PresentedQuestion pq) {
        int n = pq.presented().size();
        List<String> parts = new ArrayList<>();
        return pq.question().accept(new QuestionVisitor<String>() {
            @Override
            public String singleChoice(SingleChoice s) {
                return circles();
            }

            @Override
            public String multipleResponse(MultipleResponse m) {
                return circles();
            }

            @Override
            public String ordering(Ordering o) {
                for (int i = 0; i < n; i++) {
                    parts.add("____");
                }
                return "Order (first to last):  " + String.join("  →  ", parts);
            }

            @Override
            public String matching(Matching m) {
                for (int i = 0; i < m.pairs().size(); i++) {
                    parts.add((i + 1) + " ↔ ____");
                }
                return String.join("      ", parts);
            }

            @Override
            public String openResponse(OpenResponse o) {
                return lines(AnswerSpace.lines(o));
            }

            private String lines(int count) {
                for (int i = 0; i < count; i++) {
                    parts.add(ANSWER_LINE);
                }
                return String.join("\n", parts);
            }

            private String circles() {
                for (int i = 0; i < n; i++) {
                    parts.add("○ " + PresentedQuestion.letter(i));
                }
                return String.join("      ", parts);
            }
        });
    }

    private void keyEntry(Document doc, PresentedQuestion pq) {
        Question q = pq.question();
        Paragraph head = new Paragraph(13, "", font(Face.SERIF_BOLD, 9.5f, Palette.INK));
        head.add(new Chunk(pq.number() + ".  ", font(Face.SANS_BOLD, 9.5f, Palette.NAVY)));
        head.add(new Chunk(Text.nfc(q.stem()), font(Face.SERIF_BOLD, 9.5f, Palette.INK)));
        head.setSpacingBefore(6);
        doc.add(head);
        Paragraph key = new Paragraph(13, "", font(Face.SANS_BOLD, 10, Palette.GREEN));
        key.setIndentationLeft(18);
        key.add(new Chunk("Answer:  " + pq.key(), font(Face.SANS_BOLD, 10, Palette.GREEN)));
        key.add(new Chunk("   (" + q.points() + (q.points() == 1 ? " point" : " points") + ", " + q.typeName() + ")",
                font(Face.SANS, 8, Palette.GREY)));
        doc.add(key);
        if (q.feedback() != null) {
            doc.add(indented(q.feedback(), Face.SERIF_ITALIC, Palette.INK));
        }
        QuestionLayout.openResponse(q).ifPresent(o -> rubric(doc, o));
        List<ChoiceOption> options = QuestionLayout.options(q).orElse(List.of());
        for (int i = 0; i < pq.presented().size(); i++) {
            final String text = pq.presented().get(i);
            options.stream().filter(o -> o.text().equals(text) && o.feedback() != null).findFirst().ifPresent(o ->
                    doc.add(indented(letterOf(pq, text) + ". " + (o.correct() ? "Right: " : "Not this: ") + o.feedback(),
                            Face.SERIF, Palette.GREY)));
        }
    }

    /** The model answer and the rubric of an open response, under its key entry, for whoever grades the papers. */
    private void rubric(Document doc, OpenResponse o) {
        o.model().ifPresent(m -> doc.add(indented("Model answer: " + m, Face.SERIF, Palette.INK)));
        if (o.rubric() == null) {
            doc.add(indented("No rubric: award 0 to " + o.points() + " points as a whole.", Face.SERIF, Palette.GREY));
            return;
        }
        for (RubricCriterion c : o.rubric().criteria()) {
            doc.add(indented(c.title() + " (" + c.points() + (c.points() == 1 ? " point" : " points") + ")",
                    Face.SERIF_BOLD, Palette.INK));
            for (int i = 0; i < c.levels().size(); i++) {
                RubricLevel level = c.levels().get(i);
                doc.add(indented("    Level " + (i + 1) + " · " + level.points() + ": "
                        + (level.described() ? level.descriptor() : "(no descriptor)"), Face.SERIF, Palette.GREY));
            }
        }
    }

    private static String letterOf(PresentedQuestion pq, String text) {
        return PresentedQuestion.letter(pq.presented().indexOf(text));
    }

    private Paragraph indented(String text, Face face, Color color) {
        Paragraph p = new Paragraph(12, Text.nfc(text), font(face, 8.8f, color));
        p.setIndentationLeft(18);
        return p;
    }

    private static String instruction(Question q) {
        return q.accept(new QuestionVisitor<String>() {
            @Override
            public String singleChoice(SingleChoice s) {
                return "Choose one.";
            }

            @Override
            public String multipleResponse(MultipleResponse m) {
                return "Choose all that apply.";
            }

            @Override
            public String ordering(Ordering o) {
                return "Put the lettered items in order, first to last, on the answer sheet.";
            }

            @Override
            public String matching(Matching m) {
                int spares = m.distractors().size();
                return "Write the letter of the matching answer beside each number."
                        + (spares == 0 ? "" : spares == 1 ? " One answer matches no number."
                        : " " + spares + " answers match no number.");
            }

            @Override
            public String openResponse(OpenResponse o) {
                return o.limit().map(n -> "Write your answer on the lined space of the answer sheet, at most " + n + " characters.")
                        .orElse("Write your answer on the lined space of the answer sheet.");
            }
        });
    }

    private static String speaker(Vignette v, Turn t) {
        return t.byTherapist() ? "Therapist" : v.client(t.speaker()).map(Client::name).orElse(t.speaker());
    }

    private static String describe(Client c) {
        List<String> facts = new ArrayList<>();
        if (c.age() != null) {
            facts.add(String.valueOf(c.age()));
        }
        if (c.pronouns() != null) {
            facts.add(c.pronouns());
        }
        if (c.role() != null) {
            facts.add(c.role());
        }
        return c.name() + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private PdfPCell cell(Phrase phrase, boolean shaded) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setLeading(0, 1.25f);
        if (shaded) {
            cell.setBackgroundColor(new Color(0xF7, 0xF5, 0xF0));
        }
        return cell;
    }

    private Font font(Face face, float size, Color color) {
        return fonts.font(face, size, color);
    }

    private Paragraph para(String text, Face face, float size, Color color, float after) {
        Paragraph p = new Paragraph(size * 1.3f, "", font(face, size, color));
        p.add(fonts.phrase(text, face, size, color));
        p.setSpacingAfter(after);
        return p;
    }
}
