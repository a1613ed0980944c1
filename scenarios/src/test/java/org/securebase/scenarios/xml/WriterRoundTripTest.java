package org.securebase.scenarios.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.securebase.model.concept.Concept;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.Rubric;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Annotation;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Objective;
import org.securebase.model.vignette.Series;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;

/** What the writer writes validates against the schema and reads back to an equal model. */
class WriterRoundTripTest {
    static final List<ConceptId> CONCEPTS = ConceptCatalogue.standard().all().stream().map(Concept::id).toList();
    static final List<ConceptId> MODALITIES = CONCEPTS.stream().filter(c -> ConceptGroup.of(c) == ConceptGroup.MODALITY).toList();

    static Object reread(String xml) {
        FileContent c = XmlContent.standard().read("written.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), c.diagnostics(), xml);
        if (c instanceof FileContent.VignetteFile v) {
            return v.vignette().value();
        }
        if (c instanceof FileContent.BlueprintFile b) {
            return b.blueprint().value();
        }
        return assertInstanceOf(FileContent.CourseFile.class, c).course().value();
    }

    @Test
    void theAcceptanceExamplesRoundTrip() {
        for (String name : List.of("vignette-example.xml", "quiz-example.xml", "course-example.xml")) {
            FileContent c = AcceptanceExamplesTest.read(name);
            Object model = c instanceof FileContent.VignetteFile v ? v.vignette().value()
                    : c instanceof FileContent.BlueprintFile b ? b.blueprint().value()
                    : ((FileContent.CourseFile) c).course().value();
            String xml = model instanceof Vignette v ? ContentWriter.write(v)
                    : model instanceof org.securebase.model.blueprint.QuizBlueprint b ? ContentWriter.write(b)
                    : ContentWriter.write((org.securebase.model.course.Course) model);
            assertEquals(model, reread(xml), name);
        }
    }

    @Property(tries = 200)
    void aWrittenVignetteReadsBackEqual(@ForAll("vignettes") Vignette vignette) {
        assertEquals(vignette, reread(ContentWriter.write(vignette)));
    }

    // ---------------------------------------------------------------- generators

    static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 .,;:'\"<>&?!–é\t\n")
                .ofMinLength(1).ofMaxLength(40)
                .filter(s -> !s.isBlank())
                .map(s -> s.strip().replaceAll("\\s+", " "));
    }

    static Arbitrary<String> optionalText() {
        return text().injectNull(0.3);
    }

    static Arbitrary<List<ConceptId>> concepts() {
        return Arbitraries.of(CONCEPTS).list().ofMinSize(1).ofMaxSize(5).uniqueElements();
    }

    static Arbitrary<Difficulty> ownDifficulty() {
        return Arbitraries.of(Difficulty.class).injectNull(0.5);
    }

    static Arbitrary<List<ChoiceOption>> options(boolean exactlyOne) {
        return Combinators.combine(Arbitraries.integers().between(2, 5), Arbitraries.integers().between(0, 4),
                text().list().ofSize(5), optionalText().list().ofSize(5), Arbitraries.of(true, false).list().ofSize(5))
                .as((n, key, texts, feedback, flags) -> {
                    List<ChoiceOption> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        boolean correct = exactlyOne ? i == key % n : flags.get(i) || i == key % n;
                        out.add(new ChoiceOption("Option " + (i + 1) + " " + texts.get(i), correct, feedback.get(i)));
                    }
                    return out;
                });
    }

    static Arbitrary<Question> question(String id) {
        Arbitrary<Integer> points = Arbitraries.integers().between(0, 5);
        Arbitrary<Question> single = Combinators.combine(points, concepts(), ownDifficulty(), text(), options(true), optionalText())
                .as((p, c, d, stem, o, fb) -> new SingleChoice(id, p, c, d, stem, o, fb));
        Arbitrary<Question> multiple = Combinators.combine(points, concepts(), ownDifficulty(), text(), options(false),
                Arbitraries.of(Scoring.class), optionalText())
                .as((p, c, d, stem, o, s, fb) -> new MultipleResponse(id, p, c, d, stem, o, s, fb));
        Arbitrary<Question> ordering = Combinators.combine(points, concepts(), ownDifficulty(), text(),
                text().list().ofMinSize(2).ofMaxSize(5), Arbitraries.of(Scoring.class), optionalText())
                .as((p, c, d, stem, items, s, fb) -> new Ordering(id, p, c, d, stem, numbered(items), s, fb));
        Arbitrary<Question> matching = Combinators.combine(points, concepts(), ownDifficulty(), text(),
                text().list().ofMinSize(2).ofMaxSize(5), Arbitraries.of(Scoring.class), optionalText(),
                text().list().ofMaxSize(2))
                .as((p, c, d, stem, sides, s, fb, spares) -> {
                    List<MatchPair> pairs = new ArrayList<>();
                    for (int i = 0; i < sides.size(); i++) {
                        pairs.add(new MatchPair("Left " + (i + 1) + " " + sides.get(i), "Right " + (i + 1)));
                    }
                    List<String> distractors = new ArrayList<>();
                    for (int i = 0; i < spares.size(); i++) {
                        distractors.add("Spare " + (i + 1) + " " + spares.get(i));
                    }
                    return new Matching(id, p, c, d, stem, pairs, s, fb, distractors);
                });
        Arbitrary<Question> open = Combinators.combine(points, concepts(), ownDifficulty(), text(), optionalText(),
                Arbitraries.integers().between(1, 2000).injectNull(0.4), rubric().injectNull(0.3), optionalText())
                .as((p, c, d, stem, model, limit, rubric, fb) -> new OpenResponse(id, p, c, d, stem, model, limit, rubric, fb));
        return Arbitraries.oneOf(single, multiple, ordering, matching, open);
    }

    static Arbitrary<Rubric> rubric() {
        Arbitrary<RubricCriterion> criterion = Combinators.combine(text(),
                Arbitraries.integers().between(0, 3).list().ofMinSize(2).ofMaxSize(4), optionalText().list().ofSize(4))
                .as((title, steps, descriptors) -> {
                    List<RubricLevel> levels = new ArrayList<>();
                    int points = steps.get(0);
                    for (int i = 0; i < steps.size(); i++) {
                        points += i == 0 ? 0 : steps.get(i) + 1;
                        levels.add(new RubricLevel(points, descriptors.get(i)));
                    }
                    return new RubricCriterion("c", title, points, levels);
                });
        return criterion.list().ofMinSize(1).ofMaxSize(3).map(cs -> {
            List<RubricCriterion> numbered = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
                RubricCriterion c = cs.get(i);
                numbered.add(new RubricCriterion("criterion-" + (i + 1), c.title(), c.points(), c.levels()));
            }
            return new Rubric(numbered);
        });
    }

    static List<String> numbered(List<String> items) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add((i + 1) + ". " + items.get(i));
        }
        return out;
    }

    @Provide
    Arbitrary<Vignette> vignettes() {
        Arbitrary<List<Client>> clients = Combinators.combine(Arbitraries.integers().between(1, 3),
                text().list().ofSize(3), Arbitraries.integers().between(0, 120).injectNull(0.3).list().ofSize(3),
                optionalText().list().ofSize(3))
                .as((n, names, ages, roles) -> {
                    List<Client> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        out.add(new Client("c" + i, names.get(i), ages.get(i), i == 0 ? "she/her" : null, roles.get(i)));
                    }
                    return out;
                });
        Arbitrary<List<Question>> questions = Arbitraries.integers().between(1, 4).flatMap(n -> {
            List<Arbitrary<Question>> qs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                qs.add(question("q" + (i + 1)));
            }
            return Combinators.combine(qs).as(list -> list);
        });
        Arbitrary<List<String>> turnTexts = text().list().ofMaxSize(6);
        Arbitrary<List<Objective>> objectives = Combinators.combine(concepts(), text()).as(Objective::new).list().ofMaxSize(3);
        Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10).map(s -> "v-" + s);
        return Combinators.combine(id, Arbitraries.integers().between(1, 9), Arbitraries.of(Format.class), Arbitraries.of(MODALITIES),
                        Arbitraries.of(Difficulty.class), Arbitraries.integers().between(1, 90).injectNull(0.3), text(), clients)
                .flatAs((vid, version, format, modality, difficulty, minutes, title, cs) ->
                        Combinators.combine(objectives, turnTexts, optionalText(), concepts(), questions, text(), optionalText(),
                                        text().list().uniqueElements().ofMaxSize(3))
                                .as((objs, texts, nonverbal, noteConcepts, qs, background, license, contentNotes) -> {
                                    List<Turn> transcript = new ArrayList<>();
                                    for (int i = 0; i < texts.size(); i++) {
                                        String speaker = i % (cs.size() + 1) == cs.size() ? Turn.THERAPIST : cs.get(i % (cs.size() + 1)).id();
                                        transcript.add(new Turn(speaker, texts.get(i), i == 0 ? nonverbal : null));
                                    }
                                    List<Annotation> notes = transcript.isEmpty() ? List.of()
                                            : List.of(new Annotation(noteConcepts, List.of(1, transcript.size()), "Note on the turns"));
                                    return new Vignette(vid, version, format, modality, difficulty, minutes, "en", title,
                                            List.of("Author A", "Author B"), license, objs, cs, List.of(background, "Second paragraph."),
                                            transcript, notes, qs, contentNotes);
                                }))
                .flatMap(v -> Combinators.combine(id, Arbitraries.integers().between(1, 12)).as(Series::new)
                        .injectNull(0.5).map(v::withSeries));
    }
}
