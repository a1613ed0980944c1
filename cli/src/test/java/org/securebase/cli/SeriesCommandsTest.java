package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.cli.support.ExitCodes;

/** list and show name a case's series, and validate reports a series' gaps and duplicates at their lines. */
class SeriesCommandsTest {
    static final String SERIES = "../scenarios/src/test/resources/series";

    @Test
    void listShowsEachCaseSeriesAndSession() {
        Cli.Run r = Cli.run("--library", SERIES + "/complete", "list");
        assertEquals(0, r.code(), r.all());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("VIGNETTE +FORMAT +MODALITY +DIFFICULTY +QS +SERIES +TITLE"), lines.get(0));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("lena-tomas-the-sofa ") && l.contains(" lena-tomas #2 ")
                && l.endsWith("Lena and Tomás, session 2: the sofa")), r.out());
    }

    @Test
    void listWithoutSeriesHasNoSeriesColumn() {
        Cli.Run r = Cli.run("list");
        assertEquals(0, r.code(), r.all());
        assertFalse(r.out().lines().findFirst().orElseThrow().contains("SERIES"), r.out());
    }

    @Test
    void showNamesTheSeriesAndItsOtherSessionsUnderTheHeader() {
        Cli.Run r = Cli.run("--library", SERIES + "/complete", "show", "lena-tomas-the-sofa");
        assertEquals(0, r.code(), r.all());
        String out = r.out().replaceAll("\\s+", " ");
        int line = out.indexOf("Series lena-tomas, session 2 of 3 loaded: 1 lena-tomas-the-dishes · 2 this case · 3 lena-tomas-staying");
        assertTrue(line > 0 && line < out.indexOf("Clients"), out);
    }

    @Test
    void validateReportsASessionGivenTwiceAndExitsOne() {
        Cli.Run r = Cli.run("validate", SERIES + "/complete", SERIES + "/duplicate");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.out().contains(SERIES + "/duplicate/lena-tomas-2-the-car.xml:14:40: error: vignette lena-tomas-the-car"
                + " is session 2 of series 'lena-tomas', but so is vignette lena-tomas-the-sofa"), r.out());
    }

    @Test
    void validateWarnsOfAGapAndStrictFailsOnIt() {
        Cli.Run plain = Cli.run("validate", SERIES + "/gap");
        assertEquals(0, plain.code(), plain.all());
        assertTrue(plain.out().contains(SERIES + "/gap/lena-tomas-3-staying.xml:14:40: warning: series 'lena-tomas' has no"
                + " session 2"), plain.out());
        assertEquals(ExitCodes.INPUT, Cli.run("validate", "--strict", SERIES + "/gap").code());
    }
}
