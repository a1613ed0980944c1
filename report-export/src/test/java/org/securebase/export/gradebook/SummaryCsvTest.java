package org.securebase.export.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryCsvTest {

    @Test
    void writesUtf8WithBomCrlfAndQuotedFields() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryCsv.write(List.of(GradebookFixtures.row("t-1", "Lefèvre, Zoë", 1, 1, 2, 2),
                GradebookFixtures.row("t-2", "=1+1", 0, 0, 0, 1)), out);
        byte[] bytes = out.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("trainee_id,name,score,max,percent,pass,completed,certificate_number,missed_must_pass\r\n"
                + "t-1,\"Lefèvre, Zoë\",6,6,100.0,pass,2027-03-14,RCTI-t-1,\r\n"
                + "t-2,\"'=1+1\",1,6,16.7,fail,,,\r\n", text);
    }

    @Test
    void namesTheMustPassQuestionsAFailedAttemptMissed() {
        TraineeRow r = GradebookFixtures.row("t-3", "Ana", 0, 1, 2, 2);
        TraineeRow missed = new TraineeRow(r.traineeId(), r.name(), r.score(), r.max(), false, null, null, r.responses(),
                r.mastery(), "couple-01#q1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryCsv.write(List.of(missed), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals("t-3,Ana,5,6,83.3,fail,,,couple-01#q1\r\n",
                text.substring(text.indexOf("\r\n") + 2), "the last column says why 83 % failed");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "=SUM(A1)|\"'=SUM(A1)\"",
        "+1 555|\"'+1 555\"",
        "-cmd|\"'-cmd\"",
        "@x|\"'@x\"",
        "-12.5|-12.5",
        "say \"hi\"|\"say \"\"hi\"\"\"",
        "plain|plain"})
    void neutralisesFormulaLikeTextAndDoublesQuotes(String value, String field) {
        assertEquals(field, SummaryCsv.field(value));
    }
}
