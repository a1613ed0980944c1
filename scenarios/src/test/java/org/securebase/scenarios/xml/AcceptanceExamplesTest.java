package org.securebase.scenarios.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.concept.ConceptPattern;
import org.securebase.model.course.Course;
import org.securebase.model.course.Paper;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.SourceMap;

/** The three acceptance examples load without a problem and every part of them reaches the model. */
class AcceptanceExamplesTest {
    static final Path FORMATS = Path.of("src/test/resources/formats");

    static FileContent read(String file) {
        return XmlContent.standard().read(FORMATS.resolve(file));
    }

    static List<ConceptId> ids(String... ids) {
        return java.util.Arrays.stream(ids).map(ConceptId::of).toList();
    }

    @Test
    void carriesEveryPartOfTheVignetteExampleIntoTheModel() {
        FileContent.VignetteFile file = assertInstanceOf(FileContent.VignetteFile.class, read("vignette-example.xml"));
        assertEquals(List.of(), file.diagnostics());
        Vignette v = file.vignette().value();
        assertEquals("couple-late-text", v.id());
        assertEquals(3, v.version());
        assertEquals(Format.COUPLE, v.format());
        assertEquals(ConceptId.of("modality.eft"), v.modality());
        assertEquals(Difficulty.INTRODUCTORY, v.difficulty());
        assertEquals(15, v.minutes());
        assertEquals("en", v.language());
        assertEquals("Jordan and Maya: the text that never came", v.title());
        assertEquals(List.of("Clinical Training Committee"), v.authors());
        assertEquals("CC-BY-4.0", v.license());
        assertEquals(3, v.objectives().size());
        assertEquals(ids("intervention.slowing-down", "intervention.evocative-responding", "eft.step.3"), v.objectives().get(2).concepts());
        assertEquals("Recognise a pursue–withdraw cycle from a short exchange and name each partner's position.", v.objectives().get(0).text());
        assertEquals(2, v.clients().size());
        assertEquals("maya", v.clients().get(1).id());
        assertEquals("Maya", v.clients().get(1).name());
        assertEquals(34, v.clients().get(1).age());
        assertEquals("she/her", v.clients().get(1).pronouns());
        assertEquals("partner", v.clients().get(1).role());
        assertEquals(2, v.background().size());
        assertTrue(v.background().get(0).startsWith("Jordan and Maya have lived together for six years. They come to their fourth session after a weekend"));
        assertEquals(6, v.transcript().size());
        assertEquals("maya", v.transcript().get(1).speaker());
        assertEquals("turns toward the window, voice flat", v.transcript().get(1).nonverbal());
        assertEquals("I was in a meeting. It's not a big deal.", v.transcript().get(1).text());
        assertTrue(v.transcript().get(4).byTherapist());
        assertEquals(3, v.annotations().size());
        assertEquals(List.of(2, 4), v.annotations().get(1).turns());
        assertEquals(ids("position.withdrawer", "strategy.deactivating"), v.annotations().get(1).concepts());

        assertEquals(4, v.questions().size());
        SingleChoice q1 = assertInstanceOf(SingleChoice.class, v.questions().get(0));
        assertEquals(1, q1.points());
        assertEquals(Difficulty.INTRODUCTORY, q1.ownDifficulty());
        assertEquals("Which interaction pattern best describes this exchange?", q1.stem());
        assertEquals(4, q1.options().size());
        assertEquals(1, q1.correctPosition());
        assertEquals("Pursue–withdraw", q1.options().get(0).text());
        assertEquals("Jordan is actively protesting, not withdrawing.", q1.options().get(2).feedback());
        MultipleResponse q2 = assertInstanceOf(MultipleResponse.class, v.questions().get(1));
        assertEquals(2, q2.points());
        assertEquals(Scoring.PARTIAL, q2.scoring());
        assertEquals(List.of(1, 2), q2.correctPositions());
        assertNull(q2.ownDifficulty());
        assertEquals("Maya's claim that it is \"not a big deal\"", q2.options().get(3).text());
        Ordering q3 = assertInstanceOf(Ordering.class, v.questions().get(2));
        assertEquals(4, q3.items().size());
        assertEquals("Identify the negative interaction cycle", q3.items().get(1));
        assertEquals(Scoring.PARTIAL, q3.scoring());
        assertEquals(5, q3.concepts().size());
        Matching q4 = assertInstanceOf(Matching.class, v.questions().get(3));
        assertEquals(3, q4.points());
        assertEquals(new MatchPair("Saying \"it's not a big deal\" and looking away", "Deactivating: turn the need down to stay safe"),
                q4.pairs().get(1));
        assertNull(q4.feedback());
    }

    @Test
    void remembersWhereEachQuestionAndOptionWasWritten() {
        FileContent.VignetteFile file = assertInstanceOf(FileContent.VignetteFile.class, read("vignette-example.xml"));
        SourceMap map = file.vignette().source();
        assertEquals(16, map.root().line());
        assertEquals(69, map.at(SourceMap.questionKey("q1")).line());
        assertEquals(109, map.at(SourceMap.questionKey("q4")).line());
        assertEquals(74, map.at(SourceMap.optionKey("q1", 2)).line());
    }

    @Test
    void carriesEveryPartOfTheQuizExampleIntoTheModel() {
        FileContent.BlueprintFile file = assertInstanceOf(FileContent.BlueprintFile.class, read("quiz-example.xml"));
        assertEquals(List.of(), file.diagnostics());
        QuizBlueprint b = file.blueprint().value();
        assertEquals("eft-foundations-post", b.id());
        assertEquals(1, b.version());
        assertEquals(80, b.passPercent());
        assertEquals(45, b.timeLimitMinutes());
        assertTrue(b.shuffleQuestions());
        assertTrue(b.shuffleOptions());
        assertEquals(1, b.maxAttempts());
        assertEquals(AttemptPolicy.BEST, b.attemptPolicy());
        assertEquals("EFT Foundations: post-workshop knowledge check", b.title());
        assertTrue(b.instructions().startsWith("Read each vignette before answering"));
        assertEquals(3, b.sections().size());
        Section cycle = b.sections().get(0);
        assertEquals("Reading the cycle", cycle.title());
        assertEquals(4, cycle.draw());
        assertEquals(List.of(ConceptPattern.of("cycle.*"), ConceptPattern.of("position.*")), cycle.selections().get(0).concepts());
        assertEquals(Set.of(Format.COUPLE), cycle.selections().get(0).formats());
        assertEquals(Set.of(Difficulty.INTRODUCTORY, Difficulty.INTERMEDIATE), cycle.selections().get(0).difficulties());
        assertEquals(Set.of(), b.sections().get(1).selections().get(0).formats());
        Section core = b.sections().get(2);
        assertNull(core.draw());
        assertEquals(List.of(QuestionRef.parse("couple-late-text#q1"), QuestionRef.parse("couple-late-text#q3")), core.fixed());
    }

    @Test
    void carriesEveryPartOfTheCourseExampleIntoTheModel() {
        FileContent.CourseFile file = assertInstanceOf(FileContent.CourseFile.class, read("course-example.xml"));
        assertEquals(List.of(), file.diagnostics());
        Course c = file.course().value();
        assertEquals("eft-foundations-2027-spring", c.id());
        assertEquals("eft-foundations-post", c.quizId());
        assertEquals("Foundations of Emotionally Focused Therapy", c.title());
        assertEquals("Riverside Counseling Training Institute", c.sponsor().name());
        assertNull(c.sponsor().providerNumber());
        assertEquals(new BigDecimal("6.0"), c.credits().hours());
        assertEquals("CE", c.credits().kind());
        assertTrue(c.approval().endsWith("maintains responsibility for this program and its content."));
        assertTrue(c.approval().contains("education for counselors"), "line break folded to one space");
        assertEquals("Dr. Amara Okafor", c.instructor().name());
        assertEquals("PhD, LMFT", c.instructor().credentials());
        assertEquals(LocalDate.of(2027, 3, 13), c.dates().start());
        assertEquals(LocalDate.of(2027, 3, 14), c.dates().end());
        assertEquals("Online (live, interactive)", c.location());
        assertNull(c.delivery());
        assertEquals(Paper.LETTER, c.certificate().paper());
        assertEquals(false, c.certificate().showScore());
    }
}
