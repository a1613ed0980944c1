package org.securebase.scenarios.xml;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.concept.UnknownConceptException;
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
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.diagnostic.SourceMap;
import org.securebase.scenarios.lint.LintIgnores;
import org.securebase.scenarios.xml.Binding.ClientElement;
import org.securebase.scenarios.xml.Binding.ConceptText;
import org.securebase.scenarios.xml.Binding.CriterionElement;
import org.securebase.scenarios.xml.Binding.LevelElement;
import org.securebase.scenarios.xml.Binding.DistractorElement;
import org.securebase.scenarios.xml.Binding.MatchingElement;
import org.securebase.scenarios.xml.Binding.MultipleResponseElement;
import org.securebase.scenarios.xml.Binding.OpenResponseElement;
import org.securebase.scenarios.xml.Binding.OptionElement;
import org.securebase.scenarios.xml.Binding.OptionFeedbackElement;
import org.securebase.scenarios.xml.Binding.OrderingElement;
import org.securebase.scenarios.xml.Binding.PairElement;
import org.securebase.scenarios.xml.Binding.QuestionElement;
import org.securebase.scenarios.xml.Binding.QuestionElementVisitor;
import org.securebase.scenarios.xml.Binding.SingleChoiceElement;
import org.securebase.scenarios.xml.Binding.TurnElement;
import org.securebase.scenarios.xml.Binding.VignetteElement;
import org.xml.sax.Locator;

/**
 * Maps a bound vignette element to the model. Each part (client, turn, note, objective,
 * question, option) is checked on its own so every problem is reported at its own line; the
 * vignette is built only when no part failed.
 */
final class VignetteMapping {
    private final ConceptCatalogue catalogue;

    VignetteMapping(ConceptCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The mapped vignette (null when any part failed), where its parts were written, and what lint it silences. */
    record Result(Vignette vignette, SourceMap source, LintIgnores ignores) {
    }

    Result map(VignetteElement e, Problems p) {
        int errorsBefore = p.errorCount();
        String vid = e.id;
        Map<String, Position> positions = new HashMap<>();
        Position root = Problems.position(e.locator);

        ConceptId modality = null;
        try {
            modality = catalogue.require(e.modality).id();
            if (ConceptGroup.of(modality) != ConceptGroup.MODALITY) {
                p.error(e.locator, "modality of vignette " + vid + " must be a modality.* concept, was '" + e.modality + "'");
            }
        } catch (UnknownConceptException ex) {
            p.error(e.locator, "modality of vignette " + vid + ": " + ex.getMessage());
        }
        Format format = attempt(p, e.locator, () -> Format.of(e.format));
        Difficulty difficulty = attempt(p, e.locator, () -> Difficulty.of(e.difficulty));

        List<Objective> objectives = new ArrayList<>();
        for (int i = 0; i < e.objectives.size(); i++) {
            ConceptText o = e.objectives.get(i);
            List<ConceptId> ids = Parts.concepts(o.concepts, "objective " + (i + 1), o.locator, catalogue, p);
            if (ids != null) {
                add(objectives, p, o.locator, () -> new Objective(ids, o.text));
            }
        }

        List<Client> clients = new ArrayList<>();
        Set<String> clientIds = new HashSet<>();
        for (ClientElement c : e.clients) {
            if (c.id != null && !clientIds.add(c.id)) {
                p.error(c.locator, "vignette " + vid + " declares client '" + c.id + "' twice");
                continue;
            }
            add(clients, p, c.locator, () -> new Client(c.id, c.name, c.age, c.pronouns, c.role));
        }

        List<Turn> transcript = new ArrayList<>();
        for (int i = 0; i < e.transcript.size(); i++) {
            TurnElement t = e.transcript.get(i);
            if (t.speaker != null && !Turn.THERAPIST.equals(t.speaker) && !clientIds.contains(t.speaker)) {
                p.error(t.locator, "turn " + (i + 1) + " is spoken by '" + t.speaker
                        + "', who is neither a declared client nor the therapist; declared clients: "
                        + (clientIds.isEmpty() ? "none" : String.join(", ", clientIds.stream().sorted().toList())));
                continue;
            }
            add(transcript, p, t.locator, () -> new Turn(t.speaker, t.text, t.nonverbal));
        }

        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < e.annotations.size(); i++) {
            ConceptText n = e.annotations.get(i);
            String where = "note " + (i + 1);
            List<ConceptId> ids = Parts.concepts(n.concepts, where, n.locator, catalogue, p);
            List<Integer> turns = new ArrayList<>();
            boolean turnsOk = true;
            for (String w : Parts.words(n.turns)) {
                int turn = parseInt(w);
                if (turn < 1 || turn > e.transcript.size()) {
                    p.error(n.locator, where + " refers to turn " + w + ", but the transcript has "
                            + e.transcript.size() + " turns");
                    turnsOk = false;
                } else {
                    turns.add(turn);
                }
            }
            if (ids != null && turnsOk) {
                add(annotations, p, n.locator, () -> new Annotation(ids, turns, n.text));
            }
        }

        List<Question> questions = new ArrayList<>();
        Map<String, Set<String>> ignoredPerQuestion = new LinkedHashMap<>();
        Set<String> questionIds = new HashSet<>();
        for (QuestionElement q : e.questions) {
            if (q.id != null) {
                positions.putIfAbsent(SourceMap.questionKey(q.id), Problems.position(q.locator));
                if (!questionIds.add(q.id)) {
                    p.error(q.locator, "vignette " + vid + " has two questions with the id '" + q.id
                            + "': question ids must be unique within a vignette");
                    continue;
                }
                ignoredPerQuestion.put(q.id, Parts.ignored(q.lintIgnore, q.locator, p));
            }
            Question mapped = question(q, positions, p);
            if (mapped != null) {
                questions.add(mapped);
            }
        }

        Series series = null;
        if (e.series != null) {
            positions.put(SourceMap.seriesKey(), Problems.position(e.series.locator));
            series = attempt(p, e.series.locator, () -> new Series(e.series.id,
                    e.series.session == null ? 0 : e.series.session));
        }

        Set<String> ignoredForFile = Parts.ignored(e.lintIgnore, e.locator, p);
        SourceMap source = new SourceMap(root, positions);
        LintIgnores ignores = new LintIgnores(ignoredForFile, ignoredPerQuestion);
        if (p.errorCount() > errorsBefore) {
            return new Result(null, source, ignores);
        }
        final ConceptId mod = modality;
        final Series place = series;
        Vignette v = attempt(p, e.locator, () -> new Vignette(vid, e.version == null ? 1 : e.version, format, mod,
                difficulty, e.minutes, e.language, e.title, e.authors, e.license, objectives, clients, e.background,
                transcript, annotations, questions, e.contentNotes, place));
        return new Result(v, source, ignores);
    }

    private Question question(QuestionElement q, Map<String, Position> positions, Problems p) {
        String where = "question " + q.id;
        List<ConceptId> concepts = Parts.concepts(q.concepts, where, q.locator, catalogue, p);
        Difficulty own = q.difficulty == null ? null : attempt(p, q.locator, () -> Difficulty.of(q.difficulty));
        int points = q.points == null ? 1 : q.points;
        return q.accept(new QuestionElementVisitor<Question>() {
            @Override
            public Question singleChoice(SingleChoiceElement s) {
                List<ChoiceOption> options = options(q.id, s.options, positions, p);
                return concepts == null || options == null ? null : attempt(p, secondCorrect(s.options, q.locator),
                        () -> new SingleChoice(q.id, points, concepts, own, q.stem, options, q.feedback));
            }

            @Override
            public Question multipleResponse(MultipleResponseElement m) {
                List<ChoiceOption> options = options(q.id, m.options, positions, p);
                Scoring scoring = m.scoring == null ? null : attempt(p, q.locator, () -> Scoring.of(m.scoring));
                return concepts == null || options == null ? null : attempt(p, q.locator,
                        () -> new MultipleResponse(q.id, points, concepts, own, q.stem, options, scoring, q.feedback));
            }

            @Override
            public Question ordering(OrderingElement o) {
                Scoring scoring = o.scoring == null ? null : attempt(p, q.locator, () -> Scoring.of(o.scoring));
                return concepts == null ? null : attempt(p, q.locator,
                        () -> new Ordering(q.id, points, concepts, own, q.stem, o.items, scoring, q.feedback));
            }

            @Override
            public Question matching(MatchingElement m) {
                return VignetteMapping.this.matching(m, points, concepts, own, p);
            }

            @Override
            public Question openResponse(OpenResponseElement o) {
                return VignetteMapping.this.openResponse(o, points, concepts, own, p);
            }
        });
    }

    /** An open response; each criterion and level is checked where it is written, so errors point at it. */
    private Question openResponse(OpenResponseElement o, int points, List<ConceptId> concepts, Difficulty own, Problems p) {
        QuestionElement q = o;
        Rubric rubric = null;
        boolean ok = true;
        if (o.rubric != null) {
            List<RubricCriterion> criteria = new ArrayList<>();
            for (CriterionElement c : o.rubric.criteria) {
                List<RubricLevel> levels = new ArrayList<>();
                for (int i = 0; i < c.levels.size(); i++) {
                    LevelElement le = c.levels.get(i);
                    RubricLevel level = attempt(p, le.locator, "level " + (i + 1) + " of criterion " + c.id
                            + " of question " + q.id + ": ", () -> new RubricLevel(le.points == null ? 0 : le.points,
                            le.descriptor));
                    ok &= level != null;
                    if (level != null) {
                        levels.add(level);
                    }
                }
                if (levels.size() == c.levels.size()) {
                    RubricCriterion criterion = attempt(p, c.locator, "question " + q.id + ": ",
                            () -> new RubricCriterion(c.id, c.title, c.points == null ? 0 : c.points, levels));
                    ok &= criterion != null;
                    if (criterion != null) {
                        criteria.add(criterion);
                    }
                }
            }
            if (ok) {
                rubric = attempt(p, o.rubric.locator, "question " + q.id + ": ", () -> new Rubric(criteria));
                ok = rubric != null;
            }
        }
        Rubric checked = rubric;
        return concepts == null || !ok ? null : attempt(p, q.locator,
                () -> new OpenResponse(q.id, points, concepts, own, q.stem, o.modelAnswer, o.maxLength, checked, q.feedback));
    }

    private Question matching(MatchingElement m, int points, List<ConceptId> concepts, Difficulty own, Problems p) {
        QuestionElement q = m;
        Scoring scoring = m.scoring == null ? null : attempt(p, q.locator, () -> Scoring.of(m.scoring));
        List<MatchPair> pairs = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < m.pairs.size(); i++) {
            PairElement pe = m.pairs.get(i);
            MatchPair pair = attempt(p, pe.locator, "pair " + (i + 1) + " of question " + q.id + ": ",
                    () -> new MatchPair(pe.left, pe.right));
            ok &= pair != null;
            if (pair != null) {
                pairs.add(pair);
            }
        }
        List<String> spares = new ArrayList<>();
        Set<String> rights = new HashSet<>();
        pairs.forEach(pair -> rights.add(pair.right()));
        for (int i = 0; i < m.distractors.size(); i++) {
            DistractorElement de = m.distractors.get(i);
            String where = "spare right side " + (i + 1) + " of question " + q.id + ": ";
            // JAXB gives a text-only element no location, so a spare's problems are reported at its question
            String spare = attempt(p, q.locator, where, () -> Checks.text(de.text, "its text"));
            if (spare != null && !rights.add(spare)) {
                p.error(q.locator, where + "'" + spare + "' is already a right side of this question;"
                        + " a spare must match no prompt and differ from every right side");
                spare = null;
            }
            ok &= spare != null;
            if (spare != null) {
                spares.add(spare);
            }
        }
        boolean pairsOk = ok;
        return concepts == null || !pairsOk ? null : attempt(p, q.locator,
                () -> new Matching(q.id, points, concepts, own, q.stem, pairs, scoring, q.feedback, spares));
    }

    /** The options of a choice question, each checked; duplicate texts reported at the repeat. Null when any failed. */
    private List<ChoiceOption> options(String qid, List<OptionElement> elements, Map<String, Position> positions, Problems p) {
        List<ChoiceOption> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < elements.size(); i++) {
            OptionElement o = elements.get(i);
            int position = i + 1;
            if (qid != null) {
                positions.put(SourceMap.optionKey(qid, position), Problems.position(o.locator));
            }
            StringBuilder text = new StringBuilder();
            String feedback = null;
            for (Object part : o.content) {
                if (part instanceof String s) {
                    text.append(s);
                } else if (part instanceof OptionFeedbackElement f) {
                    feedback = f.text;
                }
            }
            String fb = feedback;
            ChoiceOption option = attempt(p, o.locator, "option " + position + " of question " + qid + ": ",
                    () -> new ChoiceOption(text.toString(), Boolean.TRUE.equals(o.correct), fb));
            if (option == null) {
                ok = false;
                continue;
            }
            Integer earlier = seen.putIfAbsent(option.text(), position);
            if (earlier != null) {
                p.error(o.locator, "option " + position + " of question " + qid + " repeats the text of option "
                        + earlier + ": '" + option.text() + "'");
                ok = false;
                continue;
            }
            out.add(option);
        }
        return ok ? out : null;
    }

    /**
     * Where a single-choice question with more than one correct option is reported: at the
     * second option marked correct, the one to look at; otherwise at the question.
     */
    private static Locator secondCorrect(List<OptionElement> options, Locator question) {
        return options.stream().filter(o -> Boolean.TRUE.equals(o.correct)).skip(1).findFirst()
                .map(o -> o.locator).orElse(question);
    }

    private static int parseInt(String w) {
        try {
            return Integer.parseInt(w);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static <T> void add(List<T> into, Problems p, Locator at, Supplier<T> make) {
        T value = attempt(p, at, make);
        if (value != null) {
            into.add(value);
        }
    }

    static <T> T attempt(Problems p, Locator at, Supplier<T> make) {
        return attempt(p, at, "", make);
    }

    static <T> T attempt(Problems p, Locator at, String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (ModelException e) {
            p.error(at, prefix + e.getMessage());
            return null;
        }
    }
}
