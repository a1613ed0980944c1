package org.securebase.export.lms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.securebase.quiz.importing.Csv;

/** Scores go into a Canvas gradebook export as a column Canvas's importer reads, for exactly the trainees that match one student. */
class CanvasGradebookTest {

    static String export() throws IOException {
        try (InputStream in = CanvasGradebookTest.class.getResourceAsStream("/lms/canvas-export.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static TraineeScore score(String id, String name, String email, String points) {
        return new TraineeScore(id, name, email, new BigDecimal(points));
    }

    static final List<TraineeScore> COHORT = List.of(
            score("s-0412", "Ana Ruiz", "ana.ruiz@example.edu", "17.5"),
            score("bokafor", "Ben Okafor", null, "20"),
            score("c-77", "Chloe Martin", "Chloe.Martin@example.edu", "12.333"),
            score("s-0416", "Dev Patel", "dev@example.edu", "15"),
            score("s-9999", "Eve Lund", null, "9"));

    static List<List<String>> rows(byte[] csv) {
        return Csv.read(new String(csv, StandardCharsets.UTF_8)).stream().map(r -> ((Csv.Row) r).fields()).toList();
    }

    @Test
    void matchesByEmailSisIdOrLoginAndListsTheRest() throws IOException {
        CanvasGradebook canvas = CanvasGradebook.read(export());
        Matches m = canvas.match(COHORT);
        assertEquals(3, m.matched().size());
        assertEquals(0, m.matched().get("s-0412"));
        assertEquals(1, m.matched().get("bokafor"));
        assertEquals(2, m.matched().get("c-77"));
        assertEquals(List.of("s-9999 (Eve Lund): no student has this id or e-mail as SIS User ID or SIS Login ID"), m.unmatched());
        assertEquals(List.of("s-0416 (Dev Patel): matches 2 students (Dev Patel, Dev Patel)"), m.ambiguous());
    }

    @Test
    void twoTraineesOnOneStudentAreBothListedAndNeitherIsWritten() throws IOException {
        CanvasGradebook canvas = CanvasGradebook.read(export());
        Matches m = canvas.match(List.of(score("s-0413", "Ben O.", null, "3"), score("bokafor", "Ben Okafor", null, "20")));
        assertEquals(0, m.matched().size());
        assertEquals(2, m.ambiguous().size());
        assertTrue(m.ambiguous().get(0).startsWith("s-0413 (Ben O.): shares the student Ben Okafor with bokafor"));
    }

    @Test
    void keepsTheIdentityColumnsAndThePointsRowAndUpdatesTheExistingAssignment() throws IOException {
        CanvasGradebook canvas = CanvasGradebook.read(export());
        byte[] out = canvas.write("Attachment in the Room: CE post-test", "20", COHORT, canvas.match(COHORT));
        List<List<String>> rows = rows(out);
        assertEquals(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Attachment in the Room: CE post-test (4417)"),
                rows.get(0));
        assertEquals(List.of("    Points Possible", "", "", "", "", "20"), rows.get(1));
        assertEquals(List.of("Ruiz, Ana", "1201", "s-0412", "ana.ruiz@example.edu", "Counseling 601 A", "17.5"), rows.get(2));
        assertEquals("12.33", rows.get(4).get(5));
        assertEquals("", rows.get(5).get(5), "an ambiguous trainee's student is left as Canvas has it");
        assertEquals(8, rows.size());
        assertTrue(new String(out, StandardCharsets.UTF_8).startsWith("\uFEFFStudent,ID,"));
    }

    @Test
    void aNewAssignmentGetsItsNameWithoutAnId() throws IOException {
        CanvasGradebook canvas = CanvasGradebook.read(export());
        List<List<String>> rows = rows(canvas.write("EFT stages check", "11", COHORT, canvas.match(COHORT)));
        assertEquals("EFT stages check", rows.get(0).get(5));
    }

    @Test
    void refusesAnExportWithoutTheColumnsCanvasNeeds() {
        LmsFileException e = assertThrows(LmsFileException.class, () -> CanvasGradebook.read("Name,Score\r\nAna,3\r\n"));
        assertTrue(e.getMessage().startsWith("the Canvas export has no 'Student' column"), e.getMessage());
    }

    @Test
    void refusesAFileThatIsNotCsv() {
        LmsFileException e = assertThrows(LmsFileException.class,
                () -> CanvasGradebook.read("Student,ID,SIS User ID,SIS Login ID,Section\r\n\"Ana,1,2,3,4\r\n"));
        assertTrue(e.getMessage().startsWith("line 2 of the Canvas export is not CSV"), e.getMessage());
    }

    @Test
    void moodleGradesCarryIdNumberAndEmailToMapBy() {
        List<List<String>> rows = rows(MoodleGrades.write("Post-test", COHORT));
        assertEquals(List.of("ID number", "Email address", "Full name", "Post-test"), rows.get(0));
        assertEquals(List.of("s-0412", "ana.ruiz@example.edu", "Ana Ruiz", "17.5"), rows.get(1));
        assertEquals(List.of("bokafor", "", "Ben Okafor", "20"), rows.get(2));
    }
}
