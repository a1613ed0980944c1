package org.securebase.scenarios.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Severity;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;

/** Every lint rule fires where it should, at the element it concerns, and {@code lint-ignore} silences it. */
class LintTest {
    static FileContent.VignetteFile read(String name) {
        return assertInstanceOf(FileContent.VignetteFile.class, XmlContent.standard().read(Path.of("src/test/resources/lint", name)));
    }

    static List<Diagnostic> lint(FileContent.VignetteFile f) {
        return Lint.standard().check(new Lint.Subject(f.vignette(), f.ignores()));
    }

    @Test
    void warnsForEachRuleAtTheElementItConcerns() {
        Set<String> found = new TreeSet<>();
        for (Diagnostic d : lint(read("lint-warnings.xml"))) {
            assertEquals(Severity.WARNING, d.severity());
            found.add(d.rule() + "@" + d.line());
        }
        assertEquals(new TreeSet<>(List.of("no-transcript@3", "objective-unassessed@3", "option-feedback@17",
                "all-of-the-above@17", "long-correct-option@12", "general-feedback@19", "general-feedback@24",
                "ordering-too-short@19", "matching-too-short@24", "too-many-concepts@19")), found);
    }

    @Test
    void namesTheConceptNoQuestionAssesses() {
        Diagnostic d = lint(read("lint-warnings.xml")).stream().filter(x -> x.rule().equals(ObjectiveUnassessed.NAME)).findFirst().orElseThrow();
        assertEquals("objective 1 names concept 'core.safe-haven', but no question of vignette lint-demo assesses it", d.message());
    }

    @Test
    void lintIgnoreSilencesRulesPerFileAndPerQuestion() {
        FileContent.VignetteFile f = read("lint-silenced.xml");
        assertEquals(List.of(), lint(f));
        assertEquals(1, f.diagnostics().size(), "the unknown rule name draws one warning");
        assertTrue(f.diagnostics().get(0).message().startsWith("lint-ignore names 'no-such-rule', which is not a lint rule"));
        assertEquals(24, f.diagnostics().get(0).line());
    }

    @Test
    void ruleNamesAreStable() {
        assertEquals(Set.of("option-feedback", "general-feedback", "objective-unassessed", "all-of-the-above",
                "long-correct-option", "ordering-too-short", "matching-too-short", "too-many-concepts", "no-transcript",
                "transcript-overlap", "key-stands-out", "absolute-distractor", "tick-all-earns", "no-spare-match",
                "open-response-unguided", "rubric-short-of-points", "criterion-without-descriptors"), Lint.ruleNames());
    }
}
