package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.securebase.cli.support.ExitCodes;

/**
 * The test-wiseness audit on a fixture vignette whose every figure is worked out by hand
 * (src/test/resources/audit/aud-harbour-lanterns.xml), and on the bundled library.
 *
 * <p>By hand: q1 keys B, the longest option, with an absolute word in distractor A and two case
 * words in distractor C; q2 keys A, the longest, holding "only" and the one word it shares with
 * the stem; q3 has three options of equal length keyed A; q4 keys 3 of 5 under partial credit;
 * q5 keys 2 of 4 all or nothing; q6 matches 3 pairs by share, q7 2 pairs all or nothing.
 */
class AuditCommandTest {
    static final Path FIXTURE = Path.of("src", "test", "resources", "audit");
    static final Path WITH_BLUEPRINT = Path.of("src", "test", "resources", "audit-blueprint");

    @Test
    void scoresEachStrategyAsWorkedOutByHand() {
        Cli.Run r = Cli.run("audit", FIXTURE.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.all());
        String json = r.out();
        // longest: q1 1, q2 1, q3 a three-way tie 1/3: 7/9; chance (1/4 + 1/4 + 1/3) / 3 = 5/18
        assertTrue(json.contains("{\"id\":\"longest\",") && json.contains("\"score\":0.777778"), json);
        assertTrue(json.contains("\"chance\":0.277778"), json);
        // avoid absolutes: q1 drops A, picks B: 1; q2 drops the key, picks C: 0; q3 1/3: 4/9
        assertTrue(json.contains("\"id\":\"avoid-absolutes-then-longest\"") && json.contains("\"score\":0.444444"), json);
        // shared words: q1 picks C (harbour, lanterns): 0; q2 picks the key (silence): 1; q3 1/3: 4/9
        assertTrue(json.contains("\"most-shared-words\":{\"credit\":0,"), json);
        // tick all: q4 (3 − 2) / 3 = 1/3, q5 0: 1/6; chance q4 23/96 by enumeration, q5 1/16
        assertTrue(json.contains("\"score\":0.166667") && json.contains("\"chance\":0.151042"), json);
        // last pair free: q6 1 against 2/3, q7 1 against 0
        assertTrue(json.contains("\"score\":1,") && json.contains("\"chance\":0.333333"), json);
        // same letter: A scores q2 and q3: 2/3
        assertTrue(json.contains("\"sameLetter\":\"A\"") && json.contains("\"score\":0.666667"), json);
        assertTrue(json.contains("\"letterScores\":[0.666667,0.333333,0,0]"), json);
    }

    @Test
    void reportsTheLibraryCuesAsWorkedOutByHand() {
        Cli.Run r = Cli.run("audit", FIXTURE.toString(), "--format", "json");
        String json = r.out();
        // keys A A B; expected A = B = C = 1/4 + 1/4 + 1/3, D = 1/2; chi-square 3.0 on 3 df, p = 0.391625
        assertTrue(json.contains("\"observed\":[2,1,0,0]"), json);
        assertTrue(json.contains("\"chiSquare\":3,\"degreesOfFreedom\":3,\"pValue\":0.391625"), json);
        assertTrue(json.contains("\"keyedCounts\":{\"2 of 4\":1,\"3 of 5\":1}"), json);
        assertTrue(json.contains("\"keys\":8,\"absoluteKeys\":1,\"distractors\":12,\"absoluteDistractors\":1"), json);
        assertTrue(json.contains("\"keyLongest\":3"), json);
    }

    @Test
    void namesTheStrategiesThatWinEachQuestion() {
        Cli.Run r = Cli.run("audit", FIXTURE.toString());
        assertEquals(ExitCodes.OK, r.code(), r.all());
        assertTrue(r.out().matches("(?s).*aud-harbour-lanterns#q1 +single-choice +longest, avoid-absolutes-then-longest\\R.*"), r.out());
        assertTrue(r.out().matches("(?s).*aud-harbour-lanterns#q2 +single-choice +longest, most-shared-words, same-letter\\R.*"), r.out());
        assertTrue(r.out().contains("Questions a strategy wins (6 of 7)"), r.out());
    }

    @Test
    void strictFailsWhenAStrategyBeatsChanceByMoreThanTheMargin() {
        Cli.Run strict = Cli.run("audit", FIXTURE.toString(), "--strict");
        assertEquals(ExitCodes.INPUT, strict.code(), strict.all());
        assertTrue(strict.out().contains("5 strategies beat chance by more than 5.0 points"), strict.out());
        Cli.Run wide = Cli.run("audit", FIXTURE.toString(), "--strict", "--margin", "70");
        assertEquals(ExitCodes.OK, wide.code(), wide.all());
        assertTrue(wide.out().contains("No strategy beats chance by more than 70.0 points."), wide.out());
        Cli.Run bad = Cli.run("audit", FIXTURE.toString(), "--margin", "-1");
        assertEquals(ExitCodes.INPUT, bad.code(), bad.all());
        assertTrue(bad.err().contains("--margin must be between 0 and 100"), bad.err());
    }

    @Test
    void auditsOnlyTheBlueprintsPool() {
        Cli.Run r = Cli.run("audit", WITH_BLUEPRINT.toString(), "--blueprint", "aud-choice-only", "--format", "json");
        assertEquals(ExitCodes.OK, r.code(), r.all());
        assertTrue(r.out().contains("\"questions\":2,\"optionsShuffled\":false"), r.out());
        assertTrue(r.out().contains("{\"id\":\"longest\",\"description\":\"pick the longest option\",\"questions\":2,"
                + "\"applies\":true,\"score\":1,"), r.out());
    }

    @Test
    void sameLetterDoesNotApplyWhenTheBlueprintShufflesOptions() {
        Cli.Run r = Cli.run("audit", "--blueprint", "attachment-foundations-check");
        assertEquals(ExitCodes.OK, r.code(), r.all());
        assertTrue(r.out().matches("(?s).*same-letter +\\d+  does not apply: options are shuffled.*"), r.out());
    }

    @Test
    void validateCuesRunsTheCueLintRulesOnlyWhenAsked() {
        Cli.Run plain = Cli.run("validate", "--format-only", FIXTURE.toString());
        assertTrue(!plain.out().contains("[absolute-distractor]") && !plain.out().contains("[tick-all-earns]"), plain.out());
        Cli.Run cues = Cli.run("validate", "--cues", "--format-only", FIXTURE.toString());
        assertEquals(ExitCodes.OK, cues.code(), cues.all());
        assertTrue(cues.out().contains("aud-harbour-lanterns.xml:24:"), cues.out());
        assertTrue(cues.out().contains("only distractors of question q1 hold absolute words (option 1: always)"), cues.out());
        assertTrue(cues.out().contains("ticking every option of question q4 earns 33 % of its marks"), cues.out());
    }

    @Test
    void theBundledLibraryFailsStrictOnTheCuesItsIssueFound() {
        Cli.Run r = Cli.run("audit", "--strict");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.out().contains("A 21 (21.0) B 21 (21.0) C 21 (21.0) D 21 (21.0)"), r.out());
        assertTrue(r.out().contains("the key is the longest option in 20 of 84"), r.out());
        assertTrue(r.out().contains("1 strategy beats chance by more than 5.0 points: last-pair-free +9.4"), r.out());
    }
}
