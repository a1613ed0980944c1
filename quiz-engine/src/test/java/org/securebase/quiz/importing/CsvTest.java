package org.securebase.quiz.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static List<List<String>> rows(String text) {
        List<List<String>> out = new ArrayList<>();
        for (Csv.Record r : Csv.read(text)) {
            out.add(((Csv.Row) r).fields());
        }
        return out;
    }

    @Test
    void aFieldLongerThanTheLimitMakesItsRecordMalformedAndReadingGoesOn() {
        String text = "a," + "x".repeat(Csv.FIELD_LIMIT + 1) + ",c\nd,e\n";
        List<Csv.Record> records = Csv.read(text);
        assertEquals(2, records.size());
        Csv.Malformed m = (Csv.Malformed) records.get(0);
        assertEquals(1, m.line());
        assertEquals("field 2 is longer than " + Csv.FIELD_LIMIT + " characters (it starts '" + "x".repeat(40)
                + "…'); a response sheet holds short answers: check the columns and the quotes", m.reason());
        assertEquals(new Csv.Row(2, List.of("d", "e")), records.get(1));
    }

    @Test
    void readsPlainFieldsWithCrlfAndNoFinalLineBreak() {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "", "3")), rows("a,b,c\r\n1,,3"));
    }

    @Test
    void skipsAByteOrderMarkAndAFinalLineBreak() {
        assertEquals(List.of(List.of("quiz", "trainee")), rows("\uFEFFquiz,trainee\r\n"));
    }

    @Test
    void readsQuotedFieldsWithCommasEscapedQuotesAndEmbeddedLineBreaks() {
        List<Csv.Record> records = Csv.read("id,text\r\n1,\"Hello, \"\"you\"\"\"\r\n2,\"two\r\nlines\"\r\n3,\"\"\r\n");
        assertEquals(List.of(List.of("id", "text"), List.of("1", "Hello, \"you\""), List.of("2", "two\r\nlines"),
                List.of("3", "")), records.stream().map(r -> ((Csv.Row) r).fields()).toList());
        assertEquals(List.of(1, 2, 3, 5), records.stream().map(Csv.Record::line).toList(),
                "a record after an embedded line break starts on the next physical line");
    }

    @Test
    void acceptsBareLineFeedsAndCarriageReturnsAndSkipsBlankLines() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")), rows("a\n\nb\rc\n"));
    }

    @Test
    void reportsAQuoteInsideAnUnquotedFieldAndReadsOn() {
        List<Csv.Record> records = Csv.read("a,b\nx,y\"z\n1,2\n");
        Csv.Malformed bad = (Csv.Malformed) records.get(1);
        assertEquals(2, bad.line());
        assertTrue(bad.reason().contains("quote inside unquoted field 2"), bad.reason());
        assertEquals(new Csv.Row(3, List.of("1", "2")), records.get(2));
    }

    @Test
    void reportsTextAfterAClosingQuoteAndReadsOn() {
        List<Csv.Record> records = Csv.read("\"ab\"c,d\n1,2\n");
        assertTrue(((Csv.Malformed) records.get(0)).reason().contains("after the closing quote"));
        assertEquals(new Csv.Row(2, List.of("1", "2")), records.get(1));
    }

    @Test
    void reportsAQuoteNeverClosedAtTheLineItOpened() {
        List<Csv.Record> records = Csv.read("a,b\n1,\"open\n2,3\n");
        assertEquals(2, records.size());
        Csv.Malformed bad = (Csv.Malformed) records.get(1);
        assertEquals(2, bad.line());
        assertTrue(bad.reason().contains("opened on line 2 is never closed"), bad.reason());
    }

    @Property
    void writtenRecordsReadBackEqual(@ForAll("tables") List<List<String>> table) {
        StringBuilder text = new StringBuilder("\uFEFF");
        table.forEach(r -> text.append(CsvFixtures.write(r)));
        List<List<String>> expected = table.stream().filter(r -> !(r.size() == 1 && r.get(0).isEmpty())).toList();
        assertEquals(expected, rows(text.toString()));
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> field = Arbitraries.strings().withChars("ab ,\"\r\n;é=").ofMaxLength(6);
        return field.list().ofMinSize(1).ofMaxSize(5).list().ofMaxSize(6);
    }
}
