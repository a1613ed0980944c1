package org.securebase.scenarios.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.securebase.scenarios.diagnostic.Diagnostic;

/**
 * Each defective or hostile fixture under {@code src/test/resources/defects} is rejected with a
 * plain-language error at the line that causes it, and nothing else.
 */
class DefectiveFilesTest {
    static final Path DEFECTS = Path.of("src/test/resources/defects");

    static List<Diagnostic> errorsOf(String file) {
        FileContent content = XmlContent.standard().read(DEFECTS.resolve(file));
        assertInstanceOf(FileContent.RejectedFile.class, content, file + " should be rejected");
        return content.diagnostics().stream().filter(Diagnostic::isError).toList();
    }

    @ParameterizedTest(name = "{0} → line {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown-concept.xml                    | 69  | question q1: unknown concept 'cycle.pursue-withdrawl'; did you mean 'cycle.pursue-withdraw'?
        unknown-modality.xml                   | 16  | modality of vignette couple-late-text: unknown concept 'modality.eftt'; did you mean 'modality.efft' or 'modality.efit'?
        two-correct-single-choice.xml          | 74  | single-choice question q1 must have exactly one correct option, has 2
        multiple-response-without-correct.xml  | 85  | multiple-response question q2 has no correct option
        undeclared-speaker.xml                 | 51  | turn 4 is spoken by 'sam', who is neither a declared client nor the therapist; declared clients: jordan, maya
        note-on-missing-turn.xml               | 60  | note 2 refers to turn 9, but the transcript has 6 turns
        duplicate-question-id.xml              | 85  | vignette couple-late-text has two questions with the id 'q1': question ids must be unique within a vignette
        duplicate-client-id.xml                | 37  | vignette couple-late-text declares client 'jordan' twice
        duplicate-option-text.xml              | 77  | option 3 of question q1 repeats the text of option 2: 'Attack–attack'
        client-named-therapist.xml             | 37  | a client cannot have the id 'therapist': that name is kept for the therapist's turns
        matching-duplicate-left.xml            | 109 | matching question q4 has the left side 'Sending message after message until there is a reply' twice
        matching-spare-repeats-right.xml       | 109 | spare right side 1 of question q4: 'Hyperactivating: protest to restore contact' is already a right side of this question; a spare must match no prompt and differ from every right side
        ordering-duplicate-item.xml            | 101 | ordering question q3 has the item 'Create an alliance and assess the couple's conflict and attachment struggles' twice
        option-without-text.xml                | 74  | option 2 of question q1: option text is missing or empty
        negative-points.xml                    | 69  | attribute 'points' of <single-choice> must be at least 0, was -2
        client-too-old.xml                     | 37  | attribute 'age' of <client> must be at most 120, was 134
        missing-title.xml                      | 17  | <authors> is not expected here; expected <title>
        missing-concepts-attribute.xml         | 101 | <ordering> needs the attribute 'concepts'
        unknown-attribute.xml                  | 37  | <client> has no attribute 'colour'
        wrong-format.xml                       | 16  | attribute 'format' of <vignette> must be one of individual, couple, family, was 'couples'
        badly-shaped-concept.xml               | 109 | attribute 'concepts' of <matching> must be a concept id such as 'style.anxious' (lower case, dot-separated), was 'Position.Pursuer'
        wrong-namespace.xml                    | 16  | <vignette xmlns="urn:securebase:vignette:2"> is not a SecureBase format: the root must be <vignette xmlns="urn:securebase:vignette:1">, <quiz xmlns="urn:securebase:quiz:1"> or <course xmlns="urn:securebase:course:1">
        not-well-formed.xml                    | 83  | not well-formed XML: <stem> opened at line 70, column 7 is not closed: its end tag must come before this one
        empty.xml                              | 1   | the file is empty: expected a <vignette>, <quiz> or <course>
        text-before-root.xml                   | 1   | the file does not start with XML: expected <?xml …?> or the root element, found text
        xinclude.xml                           | 41  | XInclude is not supported: SecureBase never reads other files, so write the content into this file
        quiz-malformed-reference.xml           | 28  | attribute 'ref' of <fixed> must be a question reference 'vignette-id#question-id', was 'couple-late-text-q3'
        quiz-unknown-concept-pattern.xml       | 23  | section styles: concept pattern 'styles.*' matches no concept of the catalogue
        quiz-pass-percent-too-high.xml         | 14  | attribute 'pass-percent' of <quiz> must be at most 100, was 120
        quiz-section-asks-nothing.xml          | 22  | section styles asks nothing: give it 'draw' or fixed questions
        quiz-duplicate-section.xml             | 22  | blueprint eft-foundations-post has two sections with the id 'cycle'
        course-ends-before-start.xml           | 16  | program ends (2027-03-12) before it starts (2027-03-13)
        course-wrong-paper.xml                 | 18  | attribute 'paper' of <certificate> must be one of letter, a4, was 'a3'
        course-missing-sponsor.xml             | 11  | <credits> is not expected here; expected <sponsor>
        course-bad-hours.xml                   | 12  | attribute 'hours' of <credits> must be a number such as 6.0, was 'six'
        """)
    void reportsTheDefectAtItsLine(String file, int line, String message) {
        List<Diagnostic> errors = errorsOf(file);
        assertTrue(errors.stream().anyMatch(d -> d.line() == line && d.message().equals(message)),
                () -> file + " gave " + errors.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        assertTrue(errors.stream().allMatch(d -> d.column() > 0), "every error has a column");
    }

    @ParameterizedTest(name = "{0} → {1}:{2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        two-correct-single-choice.xml  | 74  | 30  | single-choice question q1 must have exactly one correct option, has 2
        empty-stem.xml                 | 102 | 20  | <stem> of question q3 must not be empty
        empty-option-feedback.xml      | 75  | 30  | <feedback> of option 2 of question q1 must not be empty
        unclosed-feedback.xml          | 79  | 9   | not well-formed XML: <feedback> opened at line 78, column 9 is not closed: its end tag must come before this one
        not-well-formed.xml            | 83  | 7   | not well-formed XML: <stem> opened at line 70, column 7 is not closed: its end tag must come before this one
        word-for-age.xml               | 36  | 86  | attribute 'age' of <client> must be a whole number, was 'twenty'
        word-for-points.xml            | 85  | 108 | attribute 'points' of <multiple-response> must be a whole number, was 'one'
        huge-version.xml               | 16  | 25  | attribute 'version' of <vignette> must be at most 2147483647, was 99999999999999999999
        points-beyond-int.xml          | 109 | 138 | attribute 'points' of <matching> must be at most 2147483647, was 2147483648
        bad-question-difficulty.xml    | 69  | 90  | attribute 'difficulty' of <single-choice> must be one of introductory, intermediate, advanced, was 'easy'
        course-impossible-date.xml     | 16  | 47  | attribute 'start' of <dates> must be a date written YYYY-MM-DD, was '2027-02-30'
        course-date-in-words.xml       | 16  | 50  | attribute 'start' of <dates> must be a date written YYYY-MM-DD, was '13 March 2027'
        course-date-with-zone.xml      | 16  | 53  | attribute 'start' of <dates> must be a date written YYYY-MM-DD, without a time zone, was '2027-03-13+01:00'
        course-show-score-yes.xml      | 18  | 49  | attribute 'show-score' of <certificate> must be true or false, was 'yes'
        quiz-draw-in-words.xml         | 18  | 61  | attribute 'draw' of <section> must be a whole number, was 'four'
        quiz-huge-time-limit.xml       | 14  | 30  | attribute 'time-limit-minutes' of <quiz> must be at most 2147483647, was 45000000000
        series-session-zero.xml        | 16  | 41  | attribute 'session' of <series> must be at least 1, was 0
        series-without-session.xml     | 16  | 29  | <series> needs the attribute 'session'
        series-id-with-space.xml       | 16  | 45  | attribute 'id' of <series> must be an id: letters, digits, '.', '_' or '-', starting with a letter or digit, was 'jordan and maya'
        unknown-encoding.xml           | 1   | 1   | the XML declaration names the encoding 'twenty', which cannot be read: write the file in UTF-8 and declare encoding="UTF-8"
        """)
    void reportsAWrongValueOrShapeAsTheOnlyErrorAtItsLineAndColumn(String file, int line, int column, String message) {
        List<Diagnostic> errors = errorsOf(file);
        assertEquals(List.of(DEFECTS.resolve(file) + ":" + line + ":" + column + ": error: " + message),
                errors.stream().map(Diagnostic::toString).toList());
    }

    @ParameterizedTest(name = "{0} is refused at its DOCTYPE")
    @CsvSource({"doctype.xml", "xxe.xml", "billion-laughs.xml", "external-parameter-entity.xml"})
    void refusesEveryDoctypeBeforeReadingEntities(String file) {
        List<Diagnostic> errors = errorsOf(file);
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(2, errors.get(0).line());
        assertTrue(errors.get(0).message().startsWith("DOCTYPE declarations are not allowed"), errors.get(0).message());
        assertTrue(errors.stream().noneMatch(d -> d.message().contains("root:")), "no file content leaks into messages");
    }

    @Test
    void reportsEveryProblemOfAFileNotOnlyTheFirst() {
        List<Diagnostic> errors = errorsOf("many-problems.xml");
        assertEquals(List.of(51, 69, 77), errors.stream().map(Diagnostic::line).sorted().toList(), errors::toString);
    }

    @Test
    void reportsEachUndeclaredSpeakerOnItsOwnLine() {
        List<Diagnostic> errors = errorsOf("duplicate-client-id.xml");
        assertEquals(List.of(37, 49, 51), errors.stream().map(Diagnostic::line).toList(), errors::toString);
    }

    @Test
    void printsDiagnosticsAsPathLineColumnSeverityMessage() {
        Diagnostic d = errorsOf("two-correct-single-choice.xml").get(0);
        assertEquals(DEFECTS.resolve("two-correct-single-choice.xml") + ":74:30: error: "
                + "single-choice question q1 must have exactly one correct option, has 2", d.toString());
    }

    @Test
    void refusesAFileLargerThanTheLimitUnread() {
        byte[] big = new byte[XmlContent.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        FileContent c = XmlContent.standard().read("big.xml", new java.io.ByteArrayInputStream(big));
        assertInstanceOf(FileContent.RejectedFile.class, c);
        assertTrue(c.diagnostics().get(0).message().contains("refused above " + XmlContent.MAX_BYTES + " bytes"));
    }

    @Test
    void refusesNestingDeeperThanTheLimit() {
        String deep = "<vignette xmlns=\"urn:securebase:vignette:1\">" + "<title>".repeat(200) + "</title>".repeat(200) + "</vignette>";
        FileContent c = XmlContent.standard().read("deep.xml", deep.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertInstanceOf(FileContent.RejectedFile.class, c);
        assertEquals(1, c.diagnostics().size(), c.diagnostics()::toString);
    }
}
