package org.securebase.scenarios.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.securebase.model.concept.Concept;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.course.Course;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.Difficulty;
import org.securebase.model.vignette.Annotation;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Objective;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Loaded;

/**
 * Pins what the bundled library promises instructors: it validates clean, and its coverage of
 * formats, concepts, question types and difficulties cannot silently shrink.
 */
class BundledLibraryTest {
    static Loaded loaded;

    @BeforeAll
    static void loadTheBundledLibraryWithItsBlueprints() {
        loaded = ContentLoader.standard().load(ContentLoader.Request.bundledOnly().withLibraryChecks(true),
                (done, total) -> { });
    }

    @Test
    void validatesWithNoErrorAndNoLintWarning() {
        assertEquals(List.of(), loaded.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void silencesNoLintRuleAnywhere() throws IOException, URISyntaxException {
        Path root = Path.of(ContentLoader.class.getClassLoader().getResource(ContentLoader.BUNDLED_FOLDER).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> xml = files.filter(p -> p.toString().endsWith(".xml")).toList();
            assertTrue(xml.size() >= 41, "vignettes, blueprints and courses: " + xml.size());
            for (Path p : xml) {
                assertFalse(Files.readString(p, StandardCharsets.UTF_8).contains("lint-ignore"), p + " silences a lint rule");
            }
        }
    }

    @Test
    void holdsAtLeastThirtySixVignettesAndOneHundredEightyQuestions() {
        assertTrue(loaded.library().size() >= 36, "vignettes: " + loaded.library().size());
        assertTrue(loaded.library().questions().size() >= 180, "questions: " + loaded.library().questions().size());
    }

    @Test
    void coversEveryFormatInTheAgreedNumbers() {
        Map<Format, Long> perFormat = loaded.library().vignettes().stream()
                .collect(Collectors.groupingBy(Vignette::format, () -> new EnumMap<>(Format.class), Collectors.counting()));
        assertTrue(perFormat.get(Format.INDIVIDUAL) >= 12, perFormat.toString());
        assertTrue(perFormat.get(Format.COUPLE) >= 14, perFormat.toString());
        assertTrue(perFormat.get(Format.FAMILY) >= 6, perFormat.toString());
    }

    @Test
    void assessesEveryConceptWithAtLeastTwoQuestions() {
        Map<ConceptId, Integer> perConcept = new HashMap<>();
        for (LibraryQuestion q : loaded.library().questions()) {
            q.question().concepts().forEach(c -> perConcept.merge(c, 1, Integer::sum));
        }
        List<String> thin = new ArrayList<>();
        for (Concept c : ConceptCatalogue.standard().all()) {
            int n = perConcept.getOrDefault(c.id(), 0);
            if (n < 2) {
                thin.add(c.id() + "=" + n);
            }
        }
        assertEquals(List.of(), thin, "concepts assessed by fewer than 2 questions");
    }

    @Test
    void showsEveryStepEventCycleSecureBaseQualityAndThemeInSomeVignette() {
        Set<ConceptId> shown = new HashSet<>();
        for (Vignette v : loaded.library().vignettes()) {
            v.questions().forEach(q -> shown.addAll(q.concepts()));
            v.annotations().stream().map(Annotation::concepts).forEach(shown::addAll);
            v.objectives().stream().map(Objective::concepts).forEach(shown::addAll);
        }
        Set<ConceptGroup> required = Set.of(ConceptGroup.EFT_STEP, ConceptGroup.EVENT, ConceptGroup.CYCLE,
                ConceptGroup.SECURE_BASE, ConceptGroup.THEME);
        List<ConceptId> missing = ConceptCatalogue.standard().all().stream()
                .filter(c -> required.contains(c.group()))
                .map(Concept::id)
                .filter(id -> !shown.contains(id))
                .toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void representsEveryQuestionTypeWithAtLeastFifteenPercent() {
        Map<String, Long> perType = loaded.library().questions().stream()
                .collect(Collectors.groupingBy(q -> q.question().typeName(), Collectors.counting()));
        long total = loaded.library().questions().size();
        assertEquals(Set.of("single-choice", "multiple-response", "ordering", "matching"), perType.keySet());
        perType.forEach((type, n) -> assertTrue(n * 100 >= 15 * total, type + ": " + n + " of " + total));
    }

    @Test
    void includesEveryDifficulty() {
        Set<Difficulty> seen = loaded.library().questions().stream().map(LibraryQuestion::difficulty)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Difficulty.class)));
        assertEquals(java.util.EnumSet.allOf(Difficulty.class), seen);
        for (Difficulty d : Difficulty.values()) {
            assertTrue(loaded.library().vignettes().stream().filter(v -> v.difficulty() == d).count() >= 6,
                    "at least six vignettes are " + d.xmlName());
        }
    }

    @Test
    void givesEveryVignetteATranscriptLongEnoughToShowAPattern() {
        for (Vignette v : loaded.library().vignettes()) {
            int turns = v.transcript().size();
            assertTrue(turns >= 6 && turns <= 20, v.id() + " has " + turns + " turns");
            assertTrue(v.questions().size() >= 5, v.id() + " has " + v.questions().size() + " questions");
        }
    }

    @Test
    void shipsTheThreeBlueprintsAndTwoCoursesValidAgainstTheLibrary() {
        assertEquals(Set.of("attachment-foundations-check", "eft-stages-and-steps", "attachment-workshop-post-test"),
                loaded.blueprints().stream().map(b -> b.id()).collect(Collectors.toSet()));
        assertEquals(2, loaded.courses().size());
        Set<String> blueprintIds = loaded.blueprints().stream().map(b -> b.id()).collect(Collectors.toSet());
        for (Course c : loaded.courses()) {
            assertTrue(blueprintIds.contains(c.quizId()), c.id() + " names a blueprint the library ships");
        }
    }

    @Test
    void thePostTestMakesItsViolenceScreeningQuestionMustPass() {
        var postTest = loaded.blueprints().stream().filter(b -> b.id().equals("attachment-workshop-post-test"))
                .findFirst().orElseThrow();
        var screening = org.securebase.model.question.QuestionRef.parse("cpl-a-safety-first-intake#q1");
        var safety = postTest.sections().get(0);
        assertEquals(List.of(screening), safety.mustPassFixed());
        assertTrue(safety.mustPass(screening));
        assertTrue(postTest.sections().stream().skip(1).noneMatch(s -> s.mustPass() || !s.mustPassFixed().isEmpty()));
        assertTrue(loaded.library().question(screening).orElseThrow().question().concepts()
                .contains(ConceptId.of("safety.intimate-partner-violence")));
    }

    @Test
    void claimsNoApprovalByARealBoard() {
        for (Course c : loaded.courses()) {
            assertTrue(c.sponsor().name().contains("fictional"), c.sponsor().name());
            assertTrue(c.sponsor().approvingBody() == null || c.sponsor().approvingBody().contains("fictional"));
            assertTrue(c.approval().contains("fictional"), "the approval statement says the board is fictional");
        }
    }

    static String read(String resource) throws IOException {
        try (InputStream in = BundledLibraryTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
