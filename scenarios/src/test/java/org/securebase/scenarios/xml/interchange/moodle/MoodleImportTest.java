package org.securebase.scenarios.xml.interchange.moodle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.xml.ContentWriter;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;

/** A Moodle bank written the way Moodle writes one comes in as vignettes, with every question it cannot hold reported. */
class MoodleImportTest {
    private static final ConceptId MODALITY = ConceptId.of("modality.attachment-based-individual");

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = MoodleImportTest.class.getResourceAsStream("/interchange/moodle/" + name)) {
            return in.readAllBytes();
        }
    }

    static MoodleImport read(String name) throws IOException {
        return new MoodleBankReader(ConceptCatalogue.standard(), null, MODALITY).read(name, fixture(name));
    }

    @Test
    void groupsQuestionsByCategoryAndTakesTheDescriptionAsBackground() throws IOException {
        MoodleImport bank = read("mixed-bank.xml");
        assertEquals(List.of("secure-base", "attachment-sequences"), bank.vignettes().stream().map(Vignette::id).toList());
        Vignette first = bank.vignettes().get(0);
        assertEquals(List.of("Mira, 34, comes to therapy after her partner left.",
                "She says she has \u201calways managed alone\u201d & rarely asks for help."), first.background());
        assertEquals("Secure base", first.title());
    }

    @Test
    void mapsEachHeldTypeWithItsScoringAndFeedback() throws IOException {
        Map<String, Question> q = read("mixed-bank.xml").vignettes().stream().flatMap(v -> v.questions().stream())
                .collect(Collectors.toMap(x -> x.stem(), Function.identity()));
        SingleChoice strategy = (SingleChoice) q.get("Which strategy does Mira's \"managing alone\" suggest?");
        assertEquals(2, strategy.points());
        assertEquals(1, strategy.correctPosition());
        assertEquals("Yes: she turns her needs down.", strategy.options().get(0).feedback());
        assertEquals("Self-reliance that keeps needs out of sight is deactivating.", strategy.feedback());
        assertEquals(List.of(ConceptId.of("strategy.deactivating")), strategy.concepts());

        MultipleResponse qualities = (MultipleResponse) q.get("Which are secure-base qualities of a therapist?");
        assertEquals(List.of(1, 3), qualities.correctPositions());
        assertEquals(Scoring.PARTIAL, qualities.scoring());

        SingleChoice trueFalse = (SingleChoice) q.get("A safe haven is where a person turns when distressed.");
        assertEquals(List.of("True", "False"), trueFalse.options().stream().map(o -> o.text()).toList());

        Ordering repair = (Ordering) q.get("Put the steps of a repair in order.");
        assertEquals(List.of("Notice the rupture", "Name it aloud", "Own your part", "Reconnect"), repair.items());
        assertEquals(3, repair.points());

        Matching styles = (Matching) q.get("Match each style to where it sits.");
        assertEquals(new MatchPair("Anxious", "high anxiety, low avoidance"), styles.pairs().get(1));

        Matching spare = (Matching) q.get("Match the terms.");
        assertEquals(2, spare.pairs().size());
        assertEquals(List.of("changes the subject"), spare.distractors());
    }

    @Test
    void reportsEveryQuestionItCannotHoldWithItsReason() throws IOException {
        Map<String, String> skipped = read("mixed-bank.xml").skipped().stream()
                .collect(Collectors.toMap(s -> s.question().replaceAll(" in .*", ""), MoodleImport.Skipped::reason));
        assertEquals(6, skipped.size(), skipped.toString());
        assertTrue(skipped.get("'Reflect on Mira'").contains("open response"));
        assertTrue(skipped.get("'Session count'").contains("numerical"));
        assertTrue(skipped.get("'Cloze on cycles'").contains("cloze"));
        assertTrue(skipped.get("'Name the stage'").contains("short answers"));
        assertTrue(skipped.get("'Picture of a genogram'").contains("image"));
        assertFalse(skipped.containsKey("'Pairs with a distractor'"), "an answer with no question is a spare");
        assertTrue(skipped.get("'Untagged choice'").contains("--concept"));
    }

    @Test
    void notesTagsThatNameNoConceptAndGradingThatChanges() throws IOException {
        List<String> notes = read("mixed-bank.xml").notes();
        assertTrue(notes.stream().anyMatch(n -> n.contains("'week2'")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("ABSOLUTE_POSITION")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.contains("true/false")), notes.toString());
        assertTrue(notes.stream().anyMatch(n -> n.startsWith("vignette attachment-sequences") && n.contains("no case text")),
                notes.toString());
    }

    @Test
    void aGivenConceptTakesInTheUntaggedQuestionAndSaysSo() throws IOException {
        MoodleImport bank = new MoodleBankReader(ConceptCatalogue.standard(), ConceptId.of("emotion.primary"), MODALITY)
                .read("mixed-bank.xml", fixture("mixed-bank.xml"));
        assertEquals(5, bank.skipped().size());
        assertTrue(bank.notes().stream().anyMatch(n -> n.contains("'Untagged choice'") && n.contains("emotion.primary")));
    }

    @Test
    void readsABareQuestionAsMoodleWritesForOneQuestion() throws IOException {
        MoodleImport bank = read("bare-ordering.xml");
        Ordering stages = (Ordering) bank.vignettes().get(0).questions().get(0);
        assertEquals(Scoring.ALL_OR_NOTHING, stages.scoring());
        assertEquals("Consolidation", stages.items().get(2));
    }

    @Test
    void everyImportedVignetteValidates() throws IOException {
        for (String name : List.of("mixed-bank.xml", "bare-ordering.xml")) {
            for (Vignette v : read(name).vignettes()) {
                FileContent read = XmlContent.standard().read(v.id() + ".xml", ContentWriter.write(v).getBytes(StandardCharsets.UTF_8));
                assertInstanceOf(FileContent.VignetteFile.class, read, () -> read.diagnostics().toString());
            }
        }
    }

    @Test
    void refusesAFractionMoodleRejects() {
        BankRejectedException e = assertThrows(BankRejectedException.class, () -> read("invalid-fraction.xml"));
        assertTrue(e.getMessage().contains("'Thirds written badly' has the fraction 33"), e.getMessage());
    }

    @Test
    void refusesADoctypeWithoutReadingTheEntity() {
        BankRejectedException e = assertThrows(BankRejectedException.class, () -> read("external-entity.xml"));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(!e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotWellFormedNamingTheLine() {
        BankRejectedException e = assertThrows(BankRejectedException.class, () -> read("not-well-formed.xml"));
        assertTrue(e.getMessage().startsWith("not-well-formed.xml: line 5: not well-formed XML"), e.getMessage());
    }

    @Test
    void refusesABankOfTenThousandQuestions() {
        StringBuilder xml = new StringBuilder("<quiz>");
        for (int i = 0; i < 10_000; i++) {
            xml.append("<question type=\"truefalse\"><name><text>q").append(i).append("</text></name></question>");
        }
        byte[] bytes = xml.append("</quiz>").toString().getBytes(StandardCharsets.UTF_8);
        BankRejectedException e = assertThrows(BankRejectedException.class,
                () -> new MoodleBankReader(ConceptCatalogue.standard(), null, MODALITY).read("huge.xml", bytes));
        assertEquals("huge.xml: the bank holds 10000 questions; SecureBase imports at most 5000 at a time"
                + " (export the bank category by category)", e.getMessage());
    }

    @Test
    void refusesARootThatIsNotMoodle() {
        byte[] bytes = "<vignette xmlns=\"urn:securebase:vignette:1\"/>".getBytes(StandardCharsets.UTF_8);
        BankRejectedException e = assertThrows(BankRejectedException.class,
                () -> new MoodleBankReader(ConceptCatalogue.standard(), null, MODALITY).read("v.xml", bytes));
        assertTrue(e.getMessage().contains("not Moodle XML"), e.getMessage());
    }
}
