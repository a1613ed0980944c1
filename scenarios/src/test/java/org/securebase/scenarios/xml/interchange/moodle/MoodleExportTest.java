package org.securebase.scenarios.xml.interchange.moodle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.securebase.scenarios.xml.interchange.Fixtures;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Moodle XML written for the every-scoring vignette, element by element as Moodle reads it. */
class MoodleExportTest {
    static MoodleExport export;
    static List<Element> questions;

    @BeforeAll
    static void exportTheFixture() {
        export = MoodleXmlWriter.write(Fixtures.perVignette(List.of(Fixtures.everyScoring())));
        Document doc = SafeDom.parse(export.xml(), "export");
        questions = MoodleBankReader.children(doc.getDocumentElement(), "question");
    }

    static Element question(String idnumber) {
        return questions.stream().filter(q -> MoodleBankReader.text(MoodleBankReader.child(q, "idnumber")).equals(idnumber))
                .findFirst().orElseThrow();
    }

    static List<String> fractions(Element q) {
        List<String> out = new ArrayList<>();
        MoodleBankReader.children(q, "answer").forEach(a -> out.add(a.getAttribute("fraction")));
        return out;
    }

    static List<String> tags(Element q) {
        List<String> out = new ArrayList<>();
        MoodleBankReader.children(MoodleBankReader.child(q, "tags"), "tag").forEach(t -> out.add(MoodleBankReader.text(t)));
        return out;
    }

    @Test
    void startsWithTheVignettesCategoryNamedByItsTitle() {
        Element category = questions.get(0);
        assertEquals("category", category.getAttribute("type"));
        assertEquals("$course$/top/SecureBase library/Lena & Tom: the text at midnight",
                MoodleBankReader.text(MoodleBankReader.child(category, "category")));
        assertEquals("every-scoring", MoodleBankReader.text(MoodleBankReader.child(category, "idnumber")));
    }

    @Test
    void singleChoiceIsAMultichoiceWithOneHundredOnTheKey() {
        Element q = question("every-scoring#q1");
        assertEquals("multichoice", q.getAttribute("type"));
        assertEquals("true", MoodleBankReader.text(MoodleBankReader.child(q, "single")));
        assertEquals(List.of("100", "0", "0"), fractions(q));
        assertEquals(List.of("cycle.pursue-withdraw", "difficulty:introductory"), tags(q));
    }

    @Test
    void partialMultipleResponseGivesPlusAndMinusOneHundredOverK() {
        assertEquals(List.of("50", "50", "-50"), fractions(question("every-scoring#q2")));
    }

    @Test
    void allOrNothingMultipleResponseTakesEverythingForAWrongChoiceAndSaysWhatMoodleLoses() {
        Element q = question("every-scoring#q3");
        assertEquals(List.of("33.33333", "-100", "33.33333", "33.33333", "-100"), fractions(q));
        assertTrue(tags(q).contains("scoring:all-or-nothing"));
        assertTrue(export.notes().stream().anyMatch(n -> n.startsWith("every-scoring#q3: all-or-nothing")), export.notes().toString());
    }

    @Test
    void orderingStoresPositionsAndTheGradingThatMatchesEachRule() {
        Element partial = question("every-scoring#q4");
        assertEquals("ordering", partial.getAttribute("type"));
        assertEquals("RELATIVE_ALL_PREVIOUS_AND_NEXT", MoodleBankReader.text(MoodleBankReader.child(partial, "gradingtype")));
        assertEquals(List.of("1", "2", "3", "4"), fractions(partial));
        assertEquals("ALL_OR_NOTHING", MoodleBankReader.text(MoodleBankReader.child(question("every-scoring#q5"), "gradingtype")));
    }

    @Test
    void matchingWritesASubquestionPerPair() {
        Element q = question("every-scoring#q7");
        assertEquals("matching", q.getAttribute("type"));
        assertEquals(3, MoodleBankReader.children(q, "subquestion").size());
        assertEquals("2", MoodleBankReader.text(MoodleBankReader.child(q, "defaultgrade")));
    }

    @Test
    void theQuestionTextCarriesTheCaseThenTheStemAsEscapedHtml() {
        String text = MoodleBankReader.text(MoodleBankReader.child(question("every-scoring#q1"), "questiontext"));
        assertTrue(text.startsWith("<div class=\"sb-case sb-vignette-every-scoring sb-format-couple"), text);
        assertTrue(text.contains("eleven messages &lt;in an hour&gt;"), text);
        assertTrue(text.contains("<strong>Therapist:</strong> <em class=\"sb-nonverbal\">(slows down, softer voice)</em>"), text);
        assertTrue(text.endsWith("<div class=\"sb-stem\"><p>Which cycle do Lena and Tom show?</p></div>"), text);
    }

    @Test
    void theContentNotesComeFirstInEveryQuestionOfTheCaseAndNotAtAllWithoutThem() {
        Document noted = SafeDom.parse(MoodleXmlWriter.write(Fixtures.perVignette(List.of(Fixtures.everyScoringWithNotes()))).xml(),
                "export");
        String note = "<p class=\"sb-content-notes\"><strong>Content note:</strong> this case includes"
                + " <span class=\"sb-content-note\">intimate-partner violence</span>; <span class=\"sb-content-note\">a parent's"
                + " drinking &amp; anger &lt;at night&gt;</span>.</p>";
        NodeList questions = noted.getElementsByTagName("question");
        int withText = 0;
        for (int i = 0; i < questions.getLength(); i++) {
            Element q = (Element) questions.item(i);
            if (!"category".equals(q.getAttribute("type"))) {
                String text = MoodleBankReader.text(MoodleBankReader.child(q, "questiontext"));
                int at = text.indexOf(note);
                assertTrue(at > 0 && at < text.indexOf("<h3 class=\"sb-title\">"), text);
                withText++;
            }
        }
        assertEquals(Fixtures.everyScoring().questions().size(), withText);
        String plain = MoodleBankReader.text(MoodleBankReader.child(question("every-scoring#q1"), "questiontext"));
        assertFalse(plain.contains("content-note"), plain);
    }

    @Test
    void everyAnswerFractionIsOneMoodleAccepts() {
        for (Element q : questions) {
            if (q.getAttribute("type").equals("multichoice")) {
                fractions(q).forEach(f -> assertTrue(MoodleFraction.accepted(Double.parseDouble(f)), f));
            }
        }
    }
}
