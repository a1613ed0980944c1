package org.securebase.cli;

import org.securebase.cli.support.ExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, list, show, coverage and new, through picocli with captured output. */
class ContentCommandsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void validatesTheBundledLibraryClean() {
        Cli.Run r = Cli.run("validate");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().matches("(?s).*\\d+ files: \\d+ vignettes, \\d+ questions, 3 blueprints, 2 courses; 0 errors, 0 warnings.*"), r.out());
    }

    @Test
    void reportsBrokenXmlAtItsLineAndExitsOne() throws IOException {
        Path bad = write("broken.xml", "<?xml version=\"1.0\"?>\n<vignette xmlns=\"urn:securebase:vignette:1\">\n  <title>x</title>\n");
        Cli.Run r = Cli.run("validate", bad.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.out().contains(bad + ":"), r.out());
        assertTrue(r.out().contains(": error: "), r.out());
        assertTrue(r.out().contains("1 error"), r.out());
    }

    @Test
    void aWordWhereANumberBelongsIsAnErrorAtItsLineAndTheOtherFilesAreStillChecked() throws IOException {
        String example = Files.readString(Path.of("../scenarios/src/test/resources/formats/vignette-example.xml"));
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("a-age.xml"), example.replace("age=\"37\"", "age=\"twenty\""));
        Files.writeString(folder.resolve("b-points.xml"), example.replace("points=\"2\"", "points=\"one\""));
        Files.writeString(folder.resolve("c-concept.xml"), example.replace("id=\"couple-late-text\"", "id=\"other\"")
                .replace("concepts=\"cycle.pursue-withdraw\" difficulty", "concepts=\"cycle.pursue-withdrew\" difficulty"));
        for (String[] args : List.of(new String[] {"validate", folder.toString()},
                new String[] {"validate", "--no-cache", folder.toString()})) {
            Cli.Run r = Cli.run(args);
            assertEquals(ExitCodes.INPUT, r.code(), r.all());
            assertTrue(r.out().contains(folder.resolve("a-age.xml") + ":36:86: error: attribute 'age' of <client> must be a whole number, "
                    + "was 'twenty'"), r.out());
            assertTrue(r.out().contains(folder.resolve("b-points.xml") + ":85:108: error: attribute 'points' of <multiple-response> "
                    + "must be a whole number, was 'one'"), r.out());
            assertTrue(r.out().contains(folder.resolve("c-concept.xml") + ":69:"), r.out());
            assertTrue(r.out().contains("3 files"), r.out());
            assertFalse(r.err().contains("internal error"), r.err());
        }
    }

    @Test
    void printsDiagnosticsAsJsonForTools() throws IOException {
        Path bad = write("bad-concept.xml", Files.readString(Path.of("../scenarios/src/test/resources/formats/vignette-example.xml"))
                .replace("concepts=\"cycle.pursue-withdraw\" difficulty", "concepts=\"cycle.pursue-withdrew\" difficulty"));
        Cli.Run r = Cli.run("validate", "--format", "json", bad.toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.out().replace(" ", "").contains("\"severity\":\"error\""), r.out());
        assertTrue(r.out().contains("did you mean 'cycle.pursue-withdraw'?"), r.out());
        assertTrue(r.out().replace(" ", "").contains("\"errors\":1"), r.out());
    }

    @Test
    void strictMakesWarningsFail() throws IOException {
        Path noFeedback = write("quiet.xml", Files.readString(Path.of("../scenarios/src/test/resources/formats/vignette-example.xml")));
        Cli.Run plain = Cli.run("validate", noFeedback.toString());
        assertEquals(0, plain.code(), plain.all());
        assertTrue(plain.out().contains("warning"), "the acceptance example has lint warnings: " + plain.out());
        Cli.Run strict = Cli.run("validate", "--strict", noFeedback.toString());
        assertEquals(ExitCodes.INPUT, strict.code(), strict.all());
    }

    @Test
    void refusesAMissingFileWithOneLine() {
        Cli.Run r = Cli.run("validate", dir.resolve("nope.xml").toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().startsWith("securebase: no such file or folder:"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void listsVignettesAndFiltersQuestionsByConcept() {
        Cli.Run all = Cli.run("list");
        assertEquals(0, all.code(), all.all());
        assertTrue(all.out().contains("cpl-a-sunday-calls"), all.out());
        assertTrue(all.out().contains("blueprint attachment-workshop-post-test"), all.out());
        Cli.Run steps = Cli.run("list", "--questions", "--concept", "eft.step.9");
        assertEquals(0, steps.code(), steps.all());
        assertTrue(steps.out().lines().filter(l -> l.contains("#q")).allMatch(l -> l.contains("eft.step.9")), steps.out());
        Cli.Run bad = Cli.run("list", "--format", "triad");
        assertEquals(ExitCodes.INPUT, bad.code(), bad.all());
        assertTrue(bad.err().contains("format must be individual, couple or family, was 'triad'"), bad.err());
    }

    @Test
    void showsATranscriptAsAScriptAndHidesTheKeyUnlessAsked() {
        Cli.Run r = Cli.run("show", "cpl-a-sunday-calls");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("  1  IFEOMA"), r.out());
        assertTrue(r.out().contains("THERAPIST"), r.out());
        assertFalse(r.out().contains("✓"), "no key without --with-key");
        Cli.Run key = Cli.run("show", "cpl-a-sunday-calls#q1", "--with-key");
        assertEquals(0, key.code(), key.all());
        assertEquals(1, key.out().chars().filter(c -> c == '✓').count(), key.out());
    }

    @Test
    void showsTheContentNotesOfACaseUnderItsHeader() {
        Cli.Run r = Cli.run("show", "fam-abft-after-the-swim-season");
        assertEquals(0, r.code(), r.all());
        String out = r.out().replaceAll("\\s+", " ");
        int note = out.indexOf("Content note: this case includes suicidal thoughts in an adolescent; firearms and"
                + " medicines in the home.");
        assertTrue(note > 0 && note < out.indexOf("Clients"), r.out());
        assertFalse(Cli.run("show", "cpl-a-sunday-calls").out().contains("Content note"), "a case without notes has none");
    }

    @Test
    void refusesAnUnknownVignetteWithAPointerToList() {
        Cli.Run r = Cli.run("show", "no-such-case");
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().contains("no vignette 'no-such-case'"), r.err());
    }

    @Test
    void printsCoverageByGroupFormatDifficultyAndType() {
        Cli.Run r = Cli.run("coverage");
        assertEquals(0, r.code(), r.all());
        assertTrue(r.out().contains("EFT steps (eft.step)"), r.out());
        assertTrue(r.out().contains("multiple-response"), r.out());
        assertFalse(r.out().contains("Not assessed"), r.out());
    }

    @Test
    void writesTemplatesThatValidateAndRefusesToOverwrite() {
        for (String kind : new String[] {"vignette", "quiz", "course"}) {
            Path target = dir.resolve("my-" + kind + ".xml");
            Cli.Run r = Cli.run("new", kind, "my-" + kind, "--out", target.toString());
            assertEquals(0, r.code(), r.all());
            assertTrue(Files.exists(target));
        }
        Cli.Run check = Cli.run("validate", "--strict", "--bundled", dir.toString());
        assertEquals(0, check.code(), check.all());
        Cli.Run again = Cli.run("new", "quiz", "my-quiz", "--out", dir.resolve("my-quiz.xml").toString());
        assertEquals(ExitCodes.INPUT, again.code());
        assertTrue(again.err().contains("already exists; choose another name or add --force"), again.err());
    }

    @Test
    void refusesAnOutputWhoseFolderCannotBeCreated() throws IOException {
        Path file = write("plain.txt", "not a folder");
        Cli.Run r = Cli.run("new", "quiz", "q", "--out", file.resolve("q.xml").toString());
        assertEquals(ExitCodes.INPUT, r.code(), r.all());
        assertTrue(r.err().startsWith("securebase: cannot create the folder"), r.err());
        assertEquals("not a folder", Files.readString(file), "nothing already there is harmed");
    }
}
