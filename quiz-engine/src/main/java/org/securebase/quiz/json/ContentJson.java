package org.securebase.quiz.json;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
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

/**
 * The canonical JSON form of vignettes and questions: every field of the model, in a fixed key
 * order, with enums by their XML names and absent optional parts as {@code null}. It is both
 * what a quiz fingerprint hashes and how a frozen quiz stores its content, so it must change
 * only with a new codec format version (see docs/decisions/0011).
 *
 * @since 0.1
 */
public final class ContentJson {
    private ContentJson() {
    }

    /** The canonical form of a vignette, its questions in their order. */
    public static Json vignette(Vignette v) {
        List<Json> objectives = new ArrayList<>();
        v.objectives().forEach(o -> objectives.add(Json.object()
                .put("concepts", concepts(o.concepts())).put("text", Json.of(o.text())).build()));
        List<Json> clients = new ArrayList<>();
        v.clients().forEach(c -> clients.add(Json.object()
                .put("id", Json.of(c.id())).put("name", Json.of(c.name())).put("age", Json.of(c.age()))
                .put("pronouns", Json.of(c.pronouns())).put("role", Json.of(c.role())).build()));
        List<Json> turns = new ArrayList<>();
        v.transcript().forEach(t -> turns.add(Json.object()
                .put("speaker", Json.of(t.speaker())).put("text", Json.of(t.text()))
                .put("nonverbal", Json.of(t.nonverbal())).build()));
        List<Json> notes = new ArrayList<>();
        v.annotations().forEach(a -> notes.add(Json.object()
                .put("concepts", concepts(a.concepts())).put("turns", Json.numbers(a.turns()))
                .put("text", Json.of(a.text())).build()));
        List<Json> questions = new ArrayList<>();
        v.questions().forEach(q -> questions.add(question(q)));
        Json.ObjBuilder b = Json.object()
                .put("id", Json.of(v.id()))
                .put("version", Json.of(v.version()))
                .put("format", Json.of(v.format().xmlName()))
                .put("modality", Json.of(v.modality().value()))
                .put("difficulty", Json.of(v.difficulty().xmlName()))
                .put("minutes", Json.of(v.minutes()))
                .put("language", Json.of(v.language()))
                .put("title", Json.of(v.title()))
                .put("authors", Json.strings(v.authors()))
                .put("license", Json.of(v.license()))
                .put("objectives", new Json.Arr(objectives))
                .put("clients", new Json.Arr(clients))
                .put("background", Json.strings(v.background()))
                .put("transcript", new Json.Arr(turns))
                .put("annotations", new Json.Arr(notes))
                .put("questions", new Json.Arr(questions));
        if (!v.contentNotes().isEmpty()) {
            // only when there are some, so content without notes keeps its fingerprint (decision 0088)
            b.put("contentNotes", Json.strings(v.contentNotes()));
        }
        if (v.series() != null) {
            // likewise only when present, so a case in no series keeps its fingerprint (decision 0150)
            b.put("series", Json.object().put("id", Json.of(v.series().id()))
                    .put("session", Json.of(v.series().session())).build());
        }
        return b.build();
    }

    /** The canonical form of a question. */
    public static Json question(Question q) {
        Json.ObjBuilder b = Json.object()
                .put("type", Json.of(q.typeName()))
                .put("id", Json.of(q.id()))
                .put("points", Json.of(q.points()))
                .put("concepts", concepts(q.concepts()))
                .put("difficulty", Json.of(q.difficulty().map(Difficulty::xmlName).orElse(null)))
                .put("stem", Json.of(q.stem()));
        q.accept(new QuestionVisitor<Void>() {
            @Override
            public Void singleChoice(SingleChoice s) {
                b.put("options", options(s.options()));
                return null;
            }

            @Override
            public Void multipleResponse(MultipleResponse m) {
                b.put("options", options(m.options())).put("scoring", Json.of(m.scoring().xmlName()));
                return null;
            }

            @Override
            public Void ordering(Ordering o) {
                b.put("items", Json.strings(o.items())).put("scoring", Json.of(o.scoring().xmlName()));
                return null;
            }

            @Override
            public Void matching(Matching m) {
                List<Json> pairs = new ArrayList<>();
                m.pairs().forEach(p -> pairs.add(Json.object()
                        .put("left", Json.of(p.left())).put("right", Json.of(p.right())).build()));
                b.put("pairs", new Json.Arr(pairs)).put("scoring", Json.of(m.scoring().xmlName()));
                if (!m.distractors().isEmpty()) {
                    // written only when present, so content without spares keeps its fingerprint (decision 0086)
                    b.put("distractors", new Json.Arr(m.distractors().stream().map(Json::of).toList()));
                }
                return null;
            }

            @Override
            public Void openResponse(OpenResponse o) {
                b.put("model-answer", Json.of(o.modelAnswer())).put("max-length", Json.of(o.maxLength()))
                        .put("rubric", o.rubric() == null ? Json.NULL : rubric(o.rubric()));
                return null;
            }
        });
        return b.put("feedback", Json.of(q.feedback())).build();
    }

    private static Json rubric(Rubric rubric) {
        List<Json> criteria = new ArrayList<>();
        for (RubricCriterion c : rubric.criteria()) {
            List<Json> levels = new ArrayList<>();
            c.levels().forEach(l -> levels.add(Json.object().put("points", Json.of(l.points()))
                    .put("descriptor", Json.of(l.descriptor())).build()));
            criteria.add(Json.object().put("id", Json.of(c.id())).put("title", Json.of(c.title()))
                    .put("points", Json.of(c.points())).put("levels", new Json.Arr(levels)).build());
        }
        return Json.object().put("criteria", new Json.Arr(criteria)).build();
    }

    private static Rubric readRubric(Json json) {
        List<RubricCriterion> criteria = new ArrayList<>();
        for (Json j : json.asObject("a rubric").arr("criteria")) {
            Json.Obj c = j.asObject("a criterion");
            List<RubricLevel> levels = new ArrayList<>();
            for (Json l : c.arr("levels")) {
                Json.Obj level = l.asObject("a level");
                levels.add(new RubricLevel(level.integer("points"), level.optStr("descriptor")));
            }
            criteria.add(new RubricCriterion(c.str("id"), c.str("title"), c.integer("points"), levels));
        }
        return new Rubric(criteria);
    }

    private static Json options(List<ChoiceOption> options) {
        List<Json> out = new ArrayList<>();
        options.forEach(o -> out.add(Json.object().put("text", Json.of(o.text()))
                .put("correct", Json.of(o.correct())).put("feedback", Json.of(o.feedback())).build()));
        return new Json.Arr(out);
    }

    private static Json concepts(List<ConceptId> ids) {
        return Json.strings(ids.stream().map(ConceptId::value).toList());
    }

    /**
     * Reads a vignette from its canonical form.
     *
     * @throws JsonException when a part is missing or of the wrong kind, or the model rejects a value
     */
    public static Vignette readVignette(Json json) {
        Json.Obj o = json.asObject("a vignette");
        try {
            List<Objective> objectives = new ArrayList<>();
            for (Json j : o.arr("objectives")) {
                Json.Obj x = j.asObject("an objective");
                objectives.add(new Objective(readConcepts(x.arr("concepts")), x.str("text")));
            }
            List<Client> clients = new ArrayList<>();
            for (Json j : o.arr("clients")) {
                Json.Obj x = j.asObject("a client");
                clients.add(new Client(x.str("id"), x.str("name"), x.optInteger("age"), x.optStr("pronouns"),
                        x.optStr("role")));
            }
            List<Turn> turns = new ArrayList<>();
            for (Json j : o.arr("transcript")) {
                Json.Obj x = j.asObject("a turn");
                turns.add(new Turn(x.str("speaker"), x.str("text"), x.optStr("nonverbal")));
            }
            List<Annotation> notes = new ArrayList<>();
            for (Json j : o.arr("annotations")) {
                Json.Obj x = j.asObject("a note");
                List<Integer> numbers = new ArrayList<>();
                x.arr("turns").forEach(t -> numbers.add(t.asInt("a turn number")));
                notes.add(new Annotation(readConcepts(x.arr("concepts")), numbers, x.str("text")));
            }
            List<Question> questions = new ArrayList<>();
            for (Json j : o.arr("questions")) {
                questions.add(readQuestion(j));
            }
            return new Vignette(o.str("id"), o.integer("version"), Format.of(o.str("format")),
                    ConceptId.of(o.str("modality")), Difficulty.of(o.str("difficulty")), o.optInteger("minutes"),
                    o.str("language"), o.str("title"), readStrings(o.arr("authors"), "an author"), o.optStr("license"),
                    objectives, clients, readStrings(o.arr("background"), "a background paragraph"), turns, notes,
                    questions, o.optional("contentNotes") == null ? List.of()
                            : readStrings(o.arr("contentNotes"), "a content note"),
                    o.optional("series") == null ? null
                            : new Series(o.obj("series").str("id"), o.obj("series").integer("session")));
        } catch (ModelException e) {
            throw new JsonException("vignette " + o.optStr("id") + ": " + e.getMessage());
        }
    }

    /** Reads a question from its canonical form. */
    public static Question readQuestion(Json json) {
        Json.Obj o = json.asObject("a question");
        String type = o.str("type");
        String id = o.str("id");
        int points = o.integer("points");
        List<ConceptId> concepts = readConcepts(o.arr("concepts"));
        String diff = o.optStr("difficulty");
        Difficulty difficulty = diff == null ? null : Difficulty.of(diff);
        String stem = o.str("stem");
        String feedback = o.optStr("feedback");
        switch (type) {
            case "single-choice":
                return new SingleChoice(id, points, concepts, difficulty, stem, readOptions(o.arr("options")), feedback);
            case "multiple-response":
                return new MultipleResponse(id, points, concepts, difficulty, stem, readOptions(o.arr("options")),
                        Scoring.of(o.str("scoring")), feedback);
            case "ordering":
                return new Ordering(id, points, concepts, difficulty, stem, readStrings(o.arr("items"), "an item"),
                        Scoring.of(o.str("scoring")), feedback);
            case "matching":
                List<MatchPair> pairs = new ArrayList<>();
                for (Json j : o.arr("pairs")) {
                    Json.Obj p = j.asObject("a pair");
                    pairs.add(new MatchPair(p.str("left"), p.str("right")));
                }
                Json spares = o.optional("distractors");
                return new Matching(id, points, concepts, difficulty, stem, pairs, Scoring.of(o.str("scoring")),
                        feedback, spares == null ? List.of() : readStrings(spares.asArray("distractors"), "a spare"));
            case "open-response":
                Json rubric = o.optional("rubric");
                return new OpenResponse(id, points, concepts, difficulty, stem, o.optStr("model-answer"),
                        o.optInteger("max-length"), rubric == null ? null : readRubric(rubric), feedback);
            default:
                throw new JsonException("question " + id + " has the unknown type '" + type
                        + "'; expected single-choice, multiple-response, ordering, matching or open-response");
        }
    }

    private static List<ChoiceOption> readOptions(List<Json> items) {
        List<ChoiceOption> out = new ArrayList<>();
        for (Json j : items) {
            Json.Obj o = j.asObject("an option");
            out.add(new ChoiceOption(o.str("text"), o.bool("correct"), o.optStr("feedback")));
        }
        return out;
    }

    private static List<ConceptId> readConcepts(List<Json> items) {
        return items.stream().map(j -> ConceptId.of(j.asString("a concept id"))).toList();
    }

    private static List<String> readStrings(List<Json> items, String what) {
        return items.stream().map(j -> j.asString(what)).toList();
    }
}
