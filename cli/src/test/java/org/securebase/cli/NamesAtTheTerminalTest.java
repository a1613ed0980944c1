package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.terminal.Shown;

/** Names from outside are checked where they enter, and nothing from them drives the terminal. */
class NamesAtTheTerminalTest {
    @TempDir
    Path dir;

    @Test
    void importRefusesRowsWhoseNamesHoldEscapesOverridesOrTooManyCharacters() throws IOException {
        String quiz = WorkshopStore.quiz(db());
        String sheet = Files.readString(Path.of("../docs/examples/responses.csv"), StandardCharsets.UTF_8)
                .replace("Ana Ruiz", "Ana \u001B]0;owned\u0007Ruiz")
                .replaceFirst("(?m)^([^,]*,)(s-(?!0412)[^,]*),([^,]*),", "$1$2,\u202Eevil,");
        Path file = dir.resolve("hostile.csv");
        Files.writeString(file, sheet, StandardCharsets.UTF_8);
        Cli.Run r = WorkshopStore.atWorkshop("--db", db(), "import", file.toString(), "--quiz", quiz);
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("a name may not hold a control character (U+001B"), r.err());
        assertTrue(r.err().contains("bidirectional override or isolate"), r.err());
        assertFalse(r.all().contains("\u001B") || r.all().contains("\u202E") || r.all().contains("\u0007"),
                "nothing that drives the terminal reaches it");

        Path longName = dir.resolve("long.csv");
        Files.writeString(longName, Files.readString(Path.of("../docs/examples/responses.csv"), StandardCharsets.UTF_8)
                .replace("Ana Ruiz", "A".repeat(10_000)), StandardCharsets.UTF_8);
        Cli.Run tooLong = WorkshopStore.atWorkshop("--db", db(), "import", longName.toString(), "--quiz", quiz);
        assertEquals(ExitCodes.INPUT, tooLong.code(), tooLong.all());
        assertTrue(tooLong.err().contains("a name may have at most 200 characters"), tooLong.err());
        assertTrue(tooLong.err().length() < 20_000, "the long value is not echoed whole: " + tooLong.err().length());
    }

    @Test
    void takeRefusesANameWithATerminalEscape() {
        Cli.Run r = Cli.runWithInput("", "--db", db(), "take", ResultCommandsTest.BLUEPRINT, "--trainee", "s-1",
                "--name", "\u001B[2JAna");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("a name may not hold a control character (U+001B at character 1)"), r.err());
        assertFalse(r.all().contains("\u001B"), r.all());
    }

    @Test
    void aMissingLibraryIsAnErrorNotAnEmptyLibrary() {
        String missing = dir.resolve("nonexistent").toString();
        for (String[] args : new String[][] {{"--library", missing, "list"}, {"list", "--library", missing},
                {"--library", missing, "list", "--questions"}, {"--library", missing, "show", "any-vignette"}}) {
            Cli.Run r = Cli.run(args);
            assertEquals(ExitCodes.INPUT, r.code(), String.join(" ", args) + ": " + r.all());
            assertTrue(r.err().contains("no such file or folder: " + missing), r.err());
        }
    }

    @Test
    void showsRefusedCharactersAsTheirCodePoints() {
        assertEquals("Ana <U+001B>[31mRuiz <U+202E>x <U+0000>", Shown.safe("Ana \u001B[31mRuiz \u202Ex \u0000"));
        assertEquals("王秀英 فاطمة Zoë", Shown.safe("王秀英 فاطمة Zoë"));
    }

    private String db() {
        return dir.resolve("results.db").toString();
    }
}
