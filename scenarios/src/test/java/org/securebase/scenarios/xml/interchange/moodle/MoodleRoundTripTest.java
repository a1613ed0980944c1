package org.securebase.scenarios.xml.interchange.moodle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.interchange.Export;
import org.securebase.scenarios.interchange.ExportSection;
import org.securebase.scenarios.xml.interchange.Fixtures;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Loaded;
import org.securebase.scenarios.xml.ContentWriter;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;

/** Import after export gives the bundled library back: the same questions, the same cases, the same bytes again. */
class MoodleRoundTripTest {
    static Loaded loaded;

    @BeforeAll
    static void loadTheBundledLibrary() {
        loaded = ContentLoader.standard().load(ContentLoader.Request.bundledOnly(), (done, total) -> { });
    }

    static Export perVignette(List<Vignette> vignettes) {
        return Fixtures.perVignette(vignettes);
    }

    static MoodleBankReader reader() {
        return new MoodleBankReader(ConceptCatalogue.standard(), null, ConceptId.of("modality.attachment-based-individual"));
    }

    @Test
    void importingTheExportedLibraryGivesBackEveryQuestionAndCase() {
        List<Vignette> library = loaded.library().vignettes();
        MoodleExport exported = MoodleXmlWriter.write(perVignette(library));
        MoodleImport back = reader().read("library.xml", exported.xml());

        assertEquals(List.of(), back.skipped());
        assertEquals(library.size(), back.vignettes().size());
        Map<String, Vignette> byId = back.vignettes().stream().collect(Collectors.toMap(Vignette::id, Function.identity()));
        for (Vignette original : library) {
            Vignette again = byId.get(original.id());
            assertEquals(original.questions(), again.questions(), original.id());
            assertEquals(original.background(), again.background(), original.id());
            assertEquals(original.transcript(), again.transcript(), original.id());
            assertEquals(original.clients(), again.clients(), original.id());
            assertEquals(original.contentNotes(), again.contentNotes(), original.id());
            assertEquals(List.of(original.format(), original.modality(), original.difficulty(), original.title(), original.authors()),
                    List.of(again.format(), again.modality(), again.difficulty(), again.title(), again.authors()), original.id());
        }
    }

    @Test
    void everyTypeAndScoringComesBackAsItWent() {
        Vignette v = Fixtures.everyScoring();
        MoodleImport back = reader().read("every.xml", MoodleXmlWriter.write(perVignette(List.of(v))).xml());
        assertEquals(List.of(), back.skipped());
        assertEquals(v.questions(), back.vignettes().get(0).questions());
        assertEquals(v.transcript(), back.vignettes().get(0).transcript());
        assertEquals(v.clients(), back.vignettes().get(0).clients());
        assertEquals(v.license(), back.vignettes().get(0).license());
    }

    @Test
    void contentNotesComeBackAsTheyWent() {
        Vignette v = Fixtures.everyScoringWithNotes();
        MoodleImport back = reader().read("noted.xml", MoodleXmlWriter.write(perVignette(List.of(v))).xml());
        assertEquals(v.contentNotes(), back.vignettes().get(0).contentNotes());
    }

    @Test
    void aCaseSeriesComesBackAsItWent() {
        Vignette v = Fixtures.everyScoring().withSeries(new org.securebase.model.vignette.Series("lena-tom", 3));
        MoodleImport back = reader().read("series.xml", MoodleXmlWriter.write(perVignette(List.of(v))).xml());
        assertEquals(v.series(), back.vignettes().get(0).series());
        assertEquals(null, reader().read("plain.xml", MoodleXmlWriter.write(perVignette(List.of(Fixtures.everyScoring()))).xml())
                .vignettes().get(0).series(), "a case in no series imports in none");
    }

    @Test
    void exportingTheImportedLibraryGivesTheSameBytes() {
        byte[] first = MoodleXmlWriter.write(perVignette(loaded.library().vignettes())).xml();
        MoodleImport back = reader().read("library.xml", first);
        assertArrayEquals(first, MoodleXmlWriter.write(perVignette(back.vignettes())).xml());
    }

    @Test
    void aBlueprintStyleExportRegroupsQuestionsByTheirVignette() {
        List<Vignette> two = loaded.library().vignettes().subList(0, 2);
        List<LibraryQuestion> mixed = two.stream().flatMap(v -> v.questions().stream().map(q -> new LibraryQuestion(v, q))).toList();
        Export export = new Export("bp", "Blueprint", List.of(new ExportSection("all", "All of it", mixed)));
        MoodleImport back = reader().read("bp.xml", MoodleXmlWriter.write(export).xml());
        assertEquals(two.stream().map(Vignette::id).toList(), back.vignettes().stream().map(Vignette::id).toList());
        assertEquals(two.get(1).questions(), back.vignettes().get(1).questions());
    }

    @Test
    void everyImportedVignetteValidatesAsWritten() {
        MoodleImport back = reader().read("library.xml", MoodleXmlWriter.write(perVignette(loaded.library().vignettes())).xml());
        for (Vignette v : back.vignettes()) {
            FileContent read = XmlContent.standard().read(v.id() + ".xml", ContentWriter.write(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertInstanceOf(FileContent.VignetteFile.class, read, () -> read.diagnostics().toString());
        }
        assertTrue(back.questions() >= 185, "questions: " + back.questions());
    }
}
