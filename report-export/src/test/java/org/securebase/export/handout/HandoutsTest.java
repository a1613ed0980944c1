package org.securebase.export.handout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.export.Pdfs;
import org.securebase.export.typeset.FontSet;
import org.securebase.model.ModelException;

class HandoutsTest {
    @TempDir
    Path dir;
    Path handout;
    Path key;

    @BeforeEach
    void write() throws Exception {
        Handouts handouts = new Handouts(FontSet.bundled(), Clock.systemUTC());
        handout = dir.resolve("handout.pdf");
        key = dir.resolve("key.pdf");
        try (OutputStream out = Files.newOutputStream(handout)) {
            handouts.writeHandout(HandoutFixtures.variantB(), out);
        }
        try (OutputStream out = Files.newOutputStream(key)) {
            handouts.writeAnswerKey(HandoutFixtures.variantB(), out);
        }
    }

    @Test
    void printsTheVariantCodeOnEveryPage() throws Exception {
        for (Path pdf : List.of(handout, key)) {
            PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            assertTrue(reader.getNumberOfPages() >= 1);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                assertTrue(extractor.getTextFromPage(p).replaceAll("\\s+", " ").contains("Variant B · page " + p),
                        pdf + " page " + p);
            }
            reader.close();
        }
    }

    @Test
    void laysOutTheTranscriptWithSpeakerNamesAndNonverbalNotes() throws Exception {
        String text = Pdfs.text(handout);
        for (String s : List.of("Μαρία Ελευθερίου", "Иван Петров", "Therapist", "(voice rising, leaning forward)",
                "You never answer me when I need you!", "(looks at the floor, long pause)")) {
            assertTrue(text.contains(s), s);
        }
    }

    @Test
    void lettersThePartsInPresentedOrder() throws Exception {
        String text = Pdfs.text(handout);
        for (String s : List.of("A. Avoidant (dismissing)", "B. Secure", "C. Anxious (preoccupied)", "A. Stonewalling",
                "A. Access underlying emotions", "D. Identify the negative cycle", "1. Raises her voice", "A. Withdrawer",
                "Answer sheet", "○ A ○ B ○ C")) {
            assertTrue(text.contains(s), s);
        }
        assertTrue(text.indexOf("A. Avoidant") < text.indexOf("C. Anxious"));
    }

    @Test
    void neverPrintsTheKeyOrFeedbackOnTheTraineeHandout() throws Exception {
        String text = Pdfs.text(handout);
        String lower = text.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("answer key"));
        assertFalse(lower.contains("answer:"));
        for (String s : List.of(HandoutFixtures.FEEDBACK_Q1, HandoutFixtures.FEEDBACK_AVOIDANT,
                "Her protest rises as Ivan withdraws.", "These are EFT steps 1 to 4.", "Right:", "Not this:")) {
            assertFalse(text.contains(s), s);
        }
    }

    @Test
    void theKeyGivesTheRightLettersAndTheFeedback() throws Exception {
        String text = Pdfs.text(key);
        for (String s : List.of("Answer: C", "Answer: B, C", "Answer: B → D → A → C", "Answer: 1–B, 2–A",
                HandoutFixtures.FEEDBACK_Q1, "A. Not this: " + HandoutFixtures.FEEDBACK_AVOIDANT,
                "C. Right: Her protest rises as Ivan withdraws.")) {
            assertTrue(text.contains(s), () -> s + " in " + text);
        }
    }

    @Test
    void embedsEveryFont() throws Exception {
        for (Path pdf : List.of(handout, key)) {
            assertTrue(Pdfs.fonts(pdf).stream().allMatch(f -> f.endsWith("embedded=true") && f.contains("DejaVu")));
        }
    }

    @Test
    void refusesAPresentedOrderThatIsNotAReordering() {
        ModelException e = assertThrows(ModelException.class, () -> new PresentedQuestion(1, HandoutFixtures.Q1,
                List.of("Secure", "Anxious (preoccupied)")));
        assertTrue(e.getMessage().contains("q1"));
        assertEquals("AB", PresentedQuestion.letter(27));
    }
}
