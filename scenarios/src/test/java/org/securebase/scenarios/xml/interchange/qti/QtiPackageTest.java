package org.securebase.scenarios.xml.interchange.qti;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.interchange.Export;
import org.securebase.scenarios.xml.interchange.Fixtures;
import org.securebase.scenarios.load.ContentLoader;

/** The QTI package: its layout, the same bytes every time, and items that score as SecureBase scores. */
class QtiPackageTest {
    static Export export;
    static Map<String, byte[]> entries;
    static List<LibraryQuestion> questions;
    static Map<String, ResponseProcessing> engines = new LinkedHashMap<>();

    @BeforeAll
    static void packTheFixtureAndTheLibrary() throws Exception {
        List<Vignette> vignettes = new ArrayList<>();
        vignettes.add(Fixtures.everyScoring());
        vignettes.addAll(ContentLoader.standard().load(ContentLoader.Request.bundledOnly(), (d, t) -> { }).library().vignettes());
        export = Fixtures.perVignette(vignettes);
        entries = unzip(QtiPackageWriter.write(export).zip());
        questions = export.questions();
        for (LibraryQuestion q : questions) {
            engines.put(q.ref().toString(), new ResponseProcessing(item(q.ref().toString()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static String item(String ref) {
        return new String(entries.get("items/item-" + ref.replace("#", "--") + ".xml"), StandardCharsets.UTF_8);
    }

    @Test
    void everyItemOfACaseWithContentNotesShowsThemBeforeTheCaseAndOthersShowNone() throws IOException {
        Vignette noted = Fixtures.everyScoringWithNotes();
        Map<String, byte[]> items = unzip(QtiPackageWriter.write(Fixtures.perVignette(List.of(noted))).zip());
        String note = "<p class=\"sb-content-notes\"><strong>Content note:</strong> this case includes"
                + " <span class=\"sb-content-note\">intimate-partner violence</span>; <span class=\"sb-content-note\">a parent's"
                + " drinking &amp; anger &lt;at night&gt;</span>.</p>";
        for (var q : noted.questions()) {
            String body = new String(items.get("items/item-" + noted.id() + "--" + q.id() + ".xml"), StandardCharsets.UTF_8);
            int at = body.indexOf(note);
            assertTrue(at > 0 && at < body.indexOf("<h3 class=\"sb-title\">") && at > body.indexOf("<itemBody"), body);
        }
        assertTrue(!item("every-scoring#q1").contains("content-note"), "the plain fixture has no notes");
    }

    @Test
    void holdsTheManifestTheTestAndAnItemPerQuestion() {
        List<String> names = new ArrayList<>(entries.keySet());
        assertEquals("imsmanifest.xml", names.get(0));
        assertEquals("tests/test-library.xml", names.get(1));
        assertEquals(questions.size() + 2, names.size());
    }

    @Test
    void theSameExportGivesTheSameBytes() {
        assertArrayEquals(QtiPackageWriter.write(export).zip(), QtiPackageWriter.write(export).zip());
    }

    @Test
    void theManifestCarriesConceptsAndDifficultyOfEachItem() {
        String manifest = new String(entries.get("imsmanifest.xml"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("<schema>QTIv2.1 Package</schema>"));
        assertTrue(manifest.contains("<entry>every-scoring#q7</entry>"), manifest.substring(0, 3000));
        assertTrue(manifest.contains("<keyword>\n              <string>intervention.slowing-down</string>"), manifest.substring(0, 4000));
        assertTrue(manifest.contains("<value>difficult</value>"));
        assertTrue(manifest.contains("<dependency identifierref=\"resource-item-every-scoring--q1\"/>"));
    }

    @Test
    void theTestHasASectionPerVignette() {
        String test = new String(entries.get("tests/test-library.xml"), StandardCharsets.UTF_8);
        assertTrue(test.contains("<assessmentSection identifier=\"section-every-scoring\" title=\"Lena &amp; Tom: the text at midnight\""), test.substring(0, 1500));
        assertTrue(test.contains("href=\"../items/item-every-scoring--q4.xml\""));
    }

    @Test
    void optionFeedbackIsInlineAndGeneralFeedbackModal() {
        String q1 = item("every-scoring#q1");
        assertTrue(q1.contains("<feedbackInline outcomeIdentifier=\"FEEDBACK\" identifier=\"C1\" showHide=\"show\"> Lena reaches"), q1);
        assertTrue(q1.contains("<modalFeedback outcomeIdentifier=\"FEEDBACKMODAL\" identifier=\"GENERAL\" showHide=\"show\">The pattern"), q1);
        assertTrue(item("every-scoring#q2").contains("<mapEntry mapKey=\"C3\" mappedValue=\"-1\"/>"));
        assertTrue(item("every-scoring#q4").contains("<orderInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\">"));
        assertTrue(item("every-scoring#q6").contains("<matchInteraction responseIdentifier=\"RESPONSE\" shuffle=\"true\" maxAssociations=\"2\">"));
    }

    @Test
    void feedbackShowsForTheChosenOptionsOnly() throws Exception {
        Map<String, Object> out = new ResponseProcessing(item("every-scoring#q1").getBytes(StandardCharsets.UTF_8)).run("C2");
        assertEquals("C2", out.get("FEEDBACK"));
        assertEquals("GENERAL", out.get("FEEDBACKMODAL"));
        assertEquals(0.0, out.get("SCORE"));
    }

    @Property(tries = 30)
    void everyItemScoresAsSecureBaseScores(@ForAll long seed) {
        Random random = new Random(seed);
        for (LibraryQuestion lq : questions) {
            Answer a = lq.question().accept(new AnswerOf(random));
            double score = (Double) engines.get(lq.ref().toString()).run(a.response()).get("SCORE");
            assertEquals(a.credit() * lq.question().points(), score, 1e-9, lq.ref() + " answered " + a.response());
        }
    }

    /** A response in QTI's terms and the credit docs/scoring.md gives it. */
    record Answer(Object response, double credit) {
    }

    /** A random response to each type, scored by the rules of docs/scoring.md. */
    static final class AnswerOf implements QuestionVisitor<Answer> {
        private final Random random;

        AnswerOf(Random random) {
            this.random = random;
        }

        @Override
        public Answer singleChoice(SingleChoice q) {
            int pick = random.nextInt(q.options().size() + 1);
            if (pick == q.options().size()) {
                return new Answer(null, 0);
            }
            return new Answer("C" + (pick + 1), q.options().get(pick).correct() ? 1 : 0);
        }

        @Override
        public Answer multipleResponse(MultipleResponse q) {
            List<String> chosen = new ArrayList<>();
            int right = 0;
            int wrong = 0;
            boolean exact = true;
            for (int i = 0; i < q.options().size(); i++) {
                ChoiceOption o = q.options().get(i);
                boolean pick = random.nextBoolean();
                if (pick) {
                    chosen.add("C" + (i + 1));
                    right += o.correct() ? 1 : 0;
                    wrong += o.correct() ? 0 : 1;
                }
                exact &= pick == o.correct();
            }
            int k = q.correctPositions().size();
            double credit = q.scoring() == Scoring.PARTIAL ? Math.max(0, (right - wrong) / (double) k) : exact ? 1 : 0;
            return new Answer(chosen.isEmpty() ? null : chosen, credit);
        }

        @Override
        public Answer ordering(Ordering q) {
            int n = q.items().size();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                order.add(i);
            }
            Collections.shuffle(order, random);
            int concordant = 0;
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    concordant += order.get(a) < order.get(b) ? 1 : 0;
                }
            }
            boolean exact = concordant == n * (n - 1) / 2;
            double credit = q.scoring() == Scoring.PARTIAL ? concordant / (n * (n - 1) / 2.0) : exact ? 1 : 0;
            return new Answer(order.stream().map(i -> "I" + (i + 1)).toList(), credit);
        }

        @Override
        public Answer matching(Matching q) {
            int n = q.pairs().size();
            List<Integer> rights = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                rights.add(i);
            }
            Collections.shuffle(rights, random);
            List<String> pairs = new ArrayList<>();
            int good = 0;
            for (int left = 0; left < n; left++) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                pairs.add("L" + (left + 1) + " R" + (rights.get(left) + 1));
                good += rights.get(left) == left ? 1 : 0;
            }
            double credit = q.scoring() == Scoring.PARTIAL ? good / (double) n : good == n ? 1 : 0;
            return new Answer(pairs.isEmpty() ? null : pairs, credit);
        }

        @Override
        public Answer openResponse(OpenResponse q) {
            // a person scores it: response processing leaves SCORE at its default
            return new Answer("I hear the fear under the anger.", 0);
        }
    }
}
