package org.securebase.scenarios.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;

/** The three open-response rules fire at the question they concern and are silenced like the others. */
class OpenResponseLintTest {
    static final Set<String> RULES = Set.of(OpenResponseUnguided.NAME, RubricShortOfPoints.NAME,
            CriterionWithoutDescriptors.NAME);

    static List<Diagnostic> findings(String file) {
        FileContent.VignetteFile f = assertInstanceOf(FileContent.VignetteFile.class,
                XmlContent.standard().read(Path.of("src/test/resources/open-response", file)));
        return Lint.standard().check(new Lint.Subject(f.vignette(), f.ignores())).stream()
                .filter(d -> RULES.contains(d.rule())).toList();
    }

    @Test
    void warnsForEachOpenResponseRuleAtItsQuestion() {
        Set<String> found = new TreeSet<>();
        findings("open-responses-to-lint.xml").forEach(d -> found.add(d.rule() + "@" + d.line()));
        assertEquals(new TreeSet<>(List.of("rubric-short-of-points@69", "criterion-without-descriptors@69",
                "open-response-unguided@85")), found);
    }

    @Test
    void saysWhatIsMissingAndHowToFixIt() {
        List<String> messages = findings("open-responses-to-lint.xml").stream().map(Diagnostic::message).toList();
        assertEquals(List.of(
                "open-response question q2 has neither a rubric nor a model answer: add <rubric> and <model-answer>,"
                        + " so graders judge it alike",
                "the rubric of question q1 awards at most 4 of its 5 points: raise a criterion's top level or lower"
                        + " the question's points",
                "criterion emotion of question q1 has no descriptor for level 1, 3: write what an answer at each level"
                        + " does as the text of its <level>"), messages);
    }

    @Test
    void aCompleteOpenResponseDrawsNoOpenResponseWarning() {
        assertEquals(List.of(), findings("open-responses.xml"));
    }
}
