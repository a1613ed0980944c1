package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An open response end to end at the terminal, on the test library src/test/resources/open-response
 * (q1 single choice, 1 point; q2 open, 4 points; pass 60 %): take with a multi-line answer, the
 * attempt pending in the gradebook, a grading sheet written, a bad one refused line by line, the
 * filled one saved, and the score report with the rubric levels reached and the comment.
 */
class OpenResponseCommandsTest {
    static final Path LIBRARY = Path.of("src", "test", "resources", "open-response");

    @TempDir
    Path dir;

    Cli.Run sb(String input, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--library";
        all[1] = LIBRARY.toString();
        all[2] = "--db";
        all[3] = dir.resolve("results.db").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return Cli.runWithInput(input, all);
    }

    @Test
    void aWrittenAnswerIsTakenGradedFromASheetAndReported() throws IOException {
        Cli.Run take = sb("A\nToo much, there is a fear,\nthat you are \"too much\" for her.\n.\nsubmit\nyes\n",
                "take", "wrt-writing-check", "--trainee", "s-1", "--name", "Ana Ruiz");
        assertEquals(0, take.code(), take.all());
        assertTrue(take.out().contains("Finish with a line holding only a full stop (.)"), take.out());
        assertTrue(take.out().contains("saved: Too much, there is a fear,\nthat you are \"too much\" for her."), take.out());
        assertTrue(take.out().contains("Submitted. Score: 1 of 5 points (20.0 %): AWAITING GRADING (pass mark 60 %)"),
                take.out());
        assertTrue(take.out().contains("2. [awaiting grading, of 4]"), take.out());
        assertFalse(take.out().contains("Correct: \"Too much"), "the model answer is not called correct: " + take.out());
        Matcher m = Pattern.compile("quiz (wrt-writing-check-\\S+)").matcher(take.out());
        assertTrue(m.find(), take.out());
        String quiz = m.group(1);

        Cli.Run pending = sb("", "gradebook", "--quiz", quiz, "-o", dir.resolve("gb.xlsx").toString(),
                "--csv", dir.resolve("gb.csv").toString());
        assertEquals(0, pending.code(), pending.all());
        assertTrue(Files.readString(dir.resolve("gb.csv"), StandardCharsets.UTF_8).contains("s-1,Ana Ruiz,1,5,20.0,pending,"));

        Path sheet = dir.resolve("sheet.csv");
        Cli.Run export = sb("", "grade", quiz, "--grader", "Ines Moreau", "--export-sheet", sheet.toString());
        assertEquals(0, export.code(), export.all());
        assertTrue(export.out().contains("1 answer(s) for Ines Moreau to rate"), export.out());
        String written = Files.readString(sheet, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("answer,question,role,grader,levels,comment,rubric,model_answer,text\r\n"
                + "1,wrt-late-text#q2,first,Ines Moreau,,,emotion (Names the primary emotion): 1 = 0 pt"), written);
        assertTrue(written.endsWith(",\"Too much, there is a fear,\nthat you are \"\"too much\"\" for her.\"\r\n"), written);
        assertFalse(written.contains("Ana Ruiz") || written.contains("s-1"), "blind: " + written);
        Cli.Run again = sb("", "grade", quiz, "--grader", "Ines Moreau", "--export-sheet", sheet.toString());
        assertEquals(1, again.code(), again.all());
        assertTrue(again.err().contains("already exists: give another file name"), again.err());

        Cli.Run bad = sb("", "grade", quiz, "--import-sheet", LIBRARY.resolve("bad-sheet.csv").toString());
        assertEquals(1, bad.code(), bad.all());
        String badName = LIBRARY.resolve("bad-sheet.csv").toString();
        assertTrue(bad.err().contains(badName + " was not imported: 2 problems; no rating was saved"), bad.err());
        assertTrue(bad.err().contains(badName + ":2: a rating of wrt-late-text#q2 gives level 5 for criterion emotion,"
                + " which has 3 levels"), bad.err());
        assertTrue(bad.err().contains(badName + ":3: the grader's name is missing"), bad.err());

        Cli.Run filled = sb("", "grade", quiz, "--import-sheet", LIBRARY.resolve("filled-sheet.csv").toString());
        assertEquals(0, filled.code(), filled.all());
        assertTrue(filled.out().contains("saved 1 rating(s)"), filled.out());

        Cli.Run graded = sb("", "gradebook", "--quiz", quiz, "-o", dir.resolve("gb2.xlsx").toString(),
                "--csv", dir.resolve("gb2.csv").toString());
        assertEquals(0, graded.code(), graded.all());
        assertTrue(Files.readString(dir.resolve("gb2.csv"), StandardCharsets.UTF_8).contains("s-1,Ana Ruiz,4,5,80.0,pass,"));
        Cli.Run report = sb("", "report", "--trainee", "s-1", "--quiz", quiz, "-o", dir.resolve("r.pdf").toString());
        assertEquals(0, report.code(), report.all());
        assertTrue(report.out().contains("4 of 5 points (80.0%), passed"), report.out());
        Cli.Run nothing = sb("", "grade", quiz, "--grader", "Ines Moreau");
        assertTrue(nothing.out().contains("Nothing left for Ines Moreau to grade"), nothing.all());
    }
}
