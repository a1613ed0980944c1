package org.securebase.scenarios.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.Scoring;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.xml.FileContent;

/**
 * The lint rules for test-wiseness cues fire on each cue of lint-cues.xml and not on its near
 * misses, at the element concerned, and {@code lint-ignore} silences them.
 */
class CueRulesTest {

    static List<Diagnostic> lint(String file) {
        FileContent.VignetteFile f = LintTest.read(file);
        return Lint.withCues().check(new Lint.Subject(f.vignette(), f.ignores()));
    }

    @Test
    void firesOnEachCueAndNotOnItsNearMiss() {
        Set<String> found = new TreeSet<>();
        lint("lint-cues.xml").forEach(d -> found.add(d.rule() + "@" + d.line()));
        assertEquals(new TreeSet<>(List.of("key-stands-out@10", "key-stands-out@22", "absolute-distractor@30",
                "tick-all-earns@40", "tick-all-earns@56", "key-stands-out@61", "no-spare-match@68")), found);
    }

    @Test
    void saysByHowMuchTheKeyStandsOut() {
        List<String> messages = lint("lint-cues.xml").stream().map(Diagnostic::message).toList();
        assertTrue(messages.contains("the key of question long-key is the longest option, 1.28 × the mean distractor"
                + " (50 against 39 characters): a trainee can pick it by length"), messages.toString());
        assertTrue(messages.contains("ticking every option of question three-of-five earns 33 % of its marks"
                + " (3 of 5 options keyed, partial): key at most half the options, or score it all-or-nothing"), messages.toString());
        assertTrue(messages.contains("matching question no-spare has no spare right-hand option: the last pair is free"
                + " to a trainee who knows the others; add a <distractor> after the pairs"), messages.toString());
    }

    @Test
    void lintIgnoreSilencesTheCueRules() {
        assertEquals(List.of(), lint("lint-cues-silenced.xml"));
    }

    @Test
    void theStandardLintLeavesTheCuesToValidateCues() {
        FileContent.VignetteFile f = LintTest.read("lint-cues.xml");
        assertEquals(List.of(), Lint.standard().check(new Lint.Subject(f.vignette(), f.ignores())));
        assertFalse(Lint.standard().rules().stream().anyMatch(r -> r.name().equals(TickAllEarns.NAME)));
    }

    @Test
    void tickingEveryOptionEarnsUnderPartialCreditOnlyWhenMoreThanHalfAreKeyed() {
        assertEquals(1.0 / 3, TickAllEarns.tickAllCredit(Scoring.PARTIAL, 3, 5), 1e-12);
        assertEquals(0, TickAllEarns.tickAllCredit(Scoring.PARTIAL, 2, 4));
        assertEquals(0, TickAllEarns.tickAllCredit(Scoring.ALL_OR_NOTHING, 4, 5));
        assertEquals(1, TickAllEarns.tickAllCredit(Scoring.ALL_OR_NOTHING, 5, 5));
    }
}
