package org.securebase.model.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;

class CourseTest {
    @Test
    void rejectsZeroCreditHours() {
        ModelException e = assertThrows(ModelException.class, () -> new Credits(BigDecimal.ZERO, "CE"));
        assertEquals("credit hours must be more than 0, was 0", e.getMessage());
    }

    @Test
    void rejectsAProgramThatEndsBeforeItStarts() {
        ModelException e = assertThrows(ModelException.class,
                () -> new ProgramDates(LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 13)));
        assertEquals("program ends (2027-03-13) before it starts (2027-03-14)", e.getMessage());
    }

    @Test
    void keepsTheApprovalStatementTextWithWhitespaceFolded() {
        Course c = new Course("c", "quiz", "Title", new Sponsor("Sponsor", null, null), new Credits(new BigDecimal("6.0"), null),
                "Approved to sponsor\n    continuing education.", null, null, null, null, null);
        assertEquals("Approved to sponsor continuing education.", c.approval());
        assertEquals("CE", c.credits().kind());
        assertEquals(Paper.LETTER, c.certificate().paper());
    }
}
