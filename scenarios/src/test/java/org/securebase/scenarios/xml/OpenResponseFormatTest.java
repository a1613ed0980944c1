package org.securebase.scenarios.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.Diagnostic;

/** Open-response questions with rubrics are read from the vignette format, checked where they are written, and written back. */
class OpenResponseFormatTest {
    static final Path OPEN = Path.of("src/test/resources/open-response");

    static Vignette vignette(String file) {
        FileContent c = XmlContent.standard().read(OPEN.resolve(file));
        assertEquals(List.of(), c.diagnostics().stream().filter(Diagnostic::isError).toList(), file);
        return assertInstanceOf(FileContent.VignetteFile.class, c).vignette().value();
    }

    @Test
    void readsTheStemModelAnswerLimitAndRubric() {
        OpenResponse q = assertInstanceOf(OpenResponse.class, vignette("open-responses.xml").questions().get(0));
        assertEquals(4, q.points());
        assertEquals(400, q.maxLength());
        assertTrue(q.modelAnswer().startsWith("Slowly: \"Too much"));
        assertEquals(List.of("emotion", "pace"), q.rubric().criteria().stream().map(RubricCriterion::id).toList());
        RubricCriterion pace = q.rubric().criteria().get(1);
        assertEquals("Stays with the client's pace", pace.title());
        assertEquals(List.of(0, 1, 2), pace.levels().stream().map(l -> l.points()).toList());
        assertEquals("Slows down and invites Jordan to stay with the feeling", pace.levels().get(2).descriptor());
        assertEquals("Reflect the primary emotion he has just reached, in his words, and stay there before turning to Maya.",
                q.feedback());
    }

    @Test
    void anOpenResponseWithoutLimitHasNone() {
        OpenResponse q = assertInstanceOf(OpenResponse.class, vignette("open-responses.xml").questions().get(1));
        assertTrue(q.limit().isEmpty());
        assertEquals(2, q.rubric().points());
    }

    @Test
    void emptyLevelsAreReadAsUndescribed() {
        OpenResponse q = assertInstanceOf(OpenResponse.class, vignette("open-responses-to-lint.xml").questions().get(0));
        assertEquals(List.of(1, 3), q.rubric().criteria().get(0).undescribedLevels());
    }

    @Test
    void writtenOpenResponsesReadBackEqual() {
        for (String file : List.of("open-responses.xml", "open-responses-to-lint.xml")) {
            Vignette v = vignette(file);
            assertEquals(v, WriterRoundTripTest.reread(ContentWriter.write(v)), file);
        }
    }

    @ParameterizedTest(name = "{0} → {1}:{2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
        criterion-top-level-mismatch.xml | 72 | question q1: criterion emotion is worth 3 points but its top level has 2
        levels-not-rising.xml            | 72 | question q1: levels of criterion emotion must rise in points: level 2 has 1 after 1
        """)
    void reportsARubricDefectAtItsCriterion(String file, int line, String message) {
        FileContent content = XmlContent.standard().read(OPEN.resolve(file));
        assertInstanceOf(FileContent.RejectedFile.class, content, file + " should be rejected");
        List<Diagnostic> errors = content.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertTrue(errors.stream().anyMatch(d -> d.line() == line && d.column() > 0 && d.message().equals(message)),
                () -> file + " gave " + errors.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
        assertEquals(1, errors.size(), () -> errors.toString());
        assertTrue(errors.get(0).toString().contains(file + ":" + line + ":"), errors.get(0).toString());
    }
}
