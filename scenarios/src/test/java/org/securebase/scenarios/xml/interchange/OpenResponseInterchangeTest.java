package org.securebase.scenarios.xml.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.interchange.Export;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;
import org.securebase.scenarios.xml.interchange.moodle.MoodleExport;
import org.securebase.scenarios.xml.interchange.moodle.MoodleXmlWriter;
import org.securebase.scenarios.xml.interchange.qti.QtiPackageWriter;

/** Open responses leave as a Moodle essay and a QTI extended-text item, the rubric for graders only. */
class OpenResponseInterchangeTest {

    static Export export() {
        FileContent c = XmlContent.standard().read(Path.of("src/test/resources/open-response/open-responses.xml"));
        Vignette v = assertInstanceOf(FileContent.VignetteFile.class, c).vignette().value();
        return Fixtures.perVignette(List.of(v));
    }

    @Test
    void moodleGetsAnEssayWithTheModelAnswerAndRubricAsGraderInformation() {
        MoodleExport m = MoodleXmlWriter.write(export());
        String xml = new String(m.xml(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<question type=\"essay\">"), xml);
        assertTrue(xml.contains("<responseformat>plain</responseformat>"), xml);
        assertTrue(xml.contains("<responsefieldlines>7</responsefieldlines>"), "400 characters make 7 lines: " + xml);
        assertTrue(xml.contains("<responsefieldlines>12</responsefieldlines>"), "no limit makes 12 lines: " + xml);
        assertTrue(xml.contains("<graderinfo format=\"html\">"), xml);
        assertTrue(xml.contains("Names the primary emotion (emotion, 2 points)"), xml);
        assertTrue(xml.contains("Level 3, 2 points: &lt;/strong&gt;Names the fear of being too much"), xml);
        assertEquals(List.of("couple-late-text-open#q1: at most 400 characters; Moodle's essay limits words, not"
                + " characters, so the limit is not enforced there"), m.notes());
    }

    @Test
    void qtiGetsAnExtendedTextItemScoredByAPersonWithTheRubricForScorers() throws IOException {
        String item = item(QtiPackageWriter.write(export()).zip(), "items/item-couple-late-text-open--q1.xml");
        assertTrue(item.contains("<responseDeclaration identifier=\"RESPONSE\" cardinality=\"single\" baseType=\"string\"/>"), item);
        assertTrue(item.contains("<extendedTextInteraction responseIdentifier=\"RESPONSE\" expectedLength=\"400\""
                + " expectedLines=\"7\">"), item);
        assertTrue(item.contains("<rubricBlock view=\"scorer\">"), item);
        assertTrue(item.contains("<strong>Model answer: </strong>Slowly:"), item);
        assertTrue(!item.contains("<correctResponse>"), "an open response has no correct response: " + item);
        assertTrue(!item.contains("<setOutcomeValue identifier=\"SCORE\">"), "no rule sets the score: " + item);
    }

    static String item(byte[] zip, String name) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        assertTrue(out.containsKey(name), out.keySet().toString());
        return new String(out.get(name), StandardCharsets.UTF_8);
    }
}
