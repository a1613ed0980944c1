package org.securebase.scenarios.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.securebase.model.ModelException;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.blueprint.Selection;
import org.securebase.model.concept.Concept;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.concept.ConceptPattern;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Annotation;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Objective;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.xml.ContentWriter;

/**
 * A synthetic vignette library of any size for scale tests and benchmarks: realistic in size
 * and shape, reproducible from a seed, and clean (every file validates with no error and no
 * lint warning).
 *
 * <p>Vignette {@code i} depends only on the seed and {@code i}, so a library of 100 is the first
 * hundred files of a library of 10,000. Each vignette has one to four clients by format, two or
 * three background paragraphs, a transcript of 6 to 20 turns made of seeded sentences (so
 * transcripts do not overlap), 4 to 6 questions covering all four types with option or general
 * feedback, one to three objectives whose concepts its questions assess, and expert notes.
 * Question 1 always assesses a {@code style.*} concept, question 2 a {@code core.*} concept,
 * question 3 an {@code eft.step.*} concept and question 4 an {@code intervention.*} concept; the
 * {@link #blueprints(int) blueprints} draw from these four groups.
 *
 * @since 0.1
 */
public final class SyntheticLibrary {
    /** Vignette files per subfolder of the written tree. */
    public static final int FILES_PER_FOLDER = 100;
    /** The questions per section of the blueprints written beside a library, largest last. */
    public static final List<Integer> BLUEPRINT_DRAWS = List.of(5, 15, 25);

    private static final List<String> ANCHOR_GROUPS = List.of("style", "core", "eft.step", "intervention");
    private static final List<String> EXTRA_GROUPS = List.of("pattern", "strategy", "secure-base", "cycle", "position",
            "emotion", "theme", "dimension", "event", "outcome");
    private static final List<String> SECTION_TITLES = List.of("Attachment styles", "Core attachment concepts",
            "EFT steps", "Interventions");

    private final long seed;
    private final ConceptCatalogue catalogue;
    private final Map<String, List<ConceptId>> idsByGroup;

    private SyntheticLibrary(long seed, ConceptCatalogue catalogue) {
        this.seed = seed;
        this.catalogue = catalogue;
        Map<String, List<ConceptId>> byGroup = new HashMap<>();
        catalogue.byGroup().forEach((g, concepts) -> byGroup.put(g.key(), concepts.stream().map(Concept::id).toList()));
        this.idsByGroup = Map.copyOf(byGroup);
    }

    /** The library of this seed, tagged with the standard concept catalogue. */
    public static SyntheticLibrary seeded(long seed) {
        return new SyntheticLibrary(seed, ConceptCatalogue.standard());
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** The id of vignette {@code index} (0-based): {@code syn-00001} for index 0. */
    public static String vignetteId(int index) {
        return String.format(Locale.ROOT, "syn-%05d", index + 1);
    }

    /** Vignette {@code index} (0-based) of this library. */
    public Vignette vignette(int index) {
        if (index < 0) {
            throw new ModelException("a vignette index must be ≥ 0, was " + index);
        }
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String id = vignetteId(index);
        Format format = Format.values()[r.nextInt(Format.values().length)];
        Difficulty difficulty = Difficulty.values()[r.nextInt(Difficulty.values().length)];
        List<Client> clients = clients(format, r);
        List<String> background = new ArrayList<>();
        int paragraphs = 2 + r.nextInt(2);
        for (int p = 0; p < paragraphs; p++) {
            background.add(Words.backgroundParagraph(clients.get(p % clients.size()).name(), r));
        }
        List<Turn> transcript = transcript(clients, r);
        List<Question> questions = questions(r);
        List<ConceptId> assessed = questions.stream().flatMap(q -> q.concepts().stream()).distinct().toList();
        List<Objective> objectives = objectives(assessed, r);
        List<Annotation> annotations = annotations(assessed, transcript.size(), r);
        String title = "Synthetic case " + (index + 1) + ": " + clients.stream().map(Client::name)
                .map(n -> n.split(" ")[0]).collect(Collectors.joining(" and ")) + " and " + Words.target(r);
        return new Vignette(id, 1, format, Words.pick(ids("modality"), r), difficulty, 10 + r.nextInt(21), "en", title,
                List.of("SecureBase synthetic generator"), "CC0-1.0", objectives, clients, background, transcript,
                annotations, questions);
    }

    /** The vignettes 0 to {@code count - 1}. */
    public List<Vignette> vignettes(int count) {
        List<Vignette> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(vignette(i));
        }
        return out;
    }

    /**
     * Blueprints a library of this many vignettes satisfies: for each of {@link #BLUEPRINT_DRAWS}
     * not above the count, {@code syn-quiz-N} with four sections drawing N questions each (a quiz
     * of 4N questions); for a library smaller than the first, one drawing as many as it has.
     */
    public static List<QuizBlueprint> blueprints(int vignettes) {
        if (vignettes < 1) {
            throw new ModelException("a synthetic library needs at least 1 vignette, was " + vignettes);
        }
        List<Integer> draws = BLUEPRINT_DRAWS.stream().filter(d -> d <= vignettes).toList();
        if (draws.isEmpty()) {
            draws = List.of(vignettes);
        }
        return draws.stream().map(SyntheticLibrary::blueprint).toList();
    }

    /** The blueprint {@code syn-quiz-N}: four sections (styles, core concepts, EFT steps, interventions) of N each. */
    public static QuizBlueprint blueprint(int perSection) {
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < ANCHOR_GROUPS.size(); s++) {
            String group = ANCHOR_GROUPS.get(s);
            sections.add(new Section(group.replace('.', '-'), SECTION_TITLES.get(s), perSection,
                    List.of(new Selection(List.of(ConceptPattern.of(group + ".*")), Set.of(), Set.of())), List.of()));
        }
        return new QuizBlueprint("syn-quiz-" + perSection, 1, "Synthetic quiz of " + 4 * perSection + " questions",
                "Generated for benchmarks: read each case before its questions.", QuizBlueprint.DEFAULT_PASS_PERCENT,
                4 * perSection * 2, true, true, 1, AttemptPolicy.BEST, sections);
    }

    /**
     * Writes vignettes 0 to {@code count - 1} as {@code vignettes/NNN/syn-NNNNN.xml} (N a digit)
     * ({@value #FILES_PER_FOLDER} per subfolder) and the {@link #blueprints(int) blueprints} as
     * {@code blueprints/syn-quiz-N.xml} under the folder, creating folders as needed.
     *
     * @return the files written, vignettes first
     * @throws IOException when a file cannot be written
     */
    public List<Path> write(Path folder, int count) throws IOException {
        if (count < 1) {
            throw new ModelException("the number of vignettes to write must be ≥ 1, was " + count);
        }
        List<Path> written = new ArrayList<>(count + BLUEPRINT_DRAWS.size());
        for (int i = 0; i < count; i++) {
            Path dir = folder.resolve("vignettes").resolve(String.format(Locale.ROOT, "%03d", i / FILES_PER_FOLDER));
            if (i % FILES_PER_FOLDER == 0) {
                Files.createDirectories(dir);
            }
            Path file = dir.resolve(vignetteId(i) + ".xml");
            Files.writeString(file, ContentWriter.write(vignette(i)), StandardCharsets.UTF_8);
            written.add(file);
        }
        Path blueprints = Files.createDirectories(folder.resolve("blueprints"));
        for (QuizBlueprint b : blueprints(count)) {
            Path file = blueprints.resolve(b.id() + ".xml");
            Files.writeString(file, ContentWriter.write(b), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }

    // ---------------------------------------------------------------- parts

    private static List<Client> clients(Format format, SplittableRandom r) {
        String surname = Words.pick(Words.SURNAMES, r);
        Set<String> first = new LinkedHashSet<>();
        int count = format == Format.INDIVIDUAL ? 1 : format == Format.COUPLE ? 2 : 3 + r.nextInt(2);
        while (first.size() < count) {
            first.add(Words.pick(Words.FIRST_NAMES, r));
        }
        List<Client> out = new ArrayList<>();
        int i = 0;
        for (String name : first) {
            String role;
            int age;
            if (format == Format.INDIVIDUAL) {
                role = "client";
                age = 22 + r.nextInt(50);
            } else if (format == Format.COUPLE) {
                role = "partner";
                age = 25 + r.nextInt(40);
            } else {
                role = i < 2 ? "parent" : i == 2 ? "adolescent" : "child";
                age = i < 2 ? 35 + r.nextInt(20) : i == 2 ? 13 + r.nextInt(5) : 7 + r.nextInt(5);
            }
            out.add(new Client(name.toLowerCase(Locale.ROOT), name + " " + surname, age, Words.pick(Words.PRONOUNS, r), role));
            i++;
        }
        return out;
    }

    private static List<Turn> transcript(List<Client> clients, SplittableRandom r) {
        int turns = 6 + r.nextInt(15);
        List<Turn> out = new ArrayList<>(turns);
        for (int t = 0; t < turns; t++) {
            if (t % 2 == 0) {
                out.add(new Turn(Turn.THERAPIST, Words.therapistTurn(r), null));
            } else {
                Client c = clients.get(r.nextInt(clients.size()));
                int sentences = 1 + r.nextInt(3);
                StringBuilder text = new StringBuilder();
                for (int s = 0; s < sentences; s++) {
                    text.append(s == 0 ? "" : " ").append(Words.clientSentence(r));
                }
                out.add(new Turn(c.id(), text.toString(), r.nextInt(3) == 0 ? Words.nonverbal(r) : null));
            }
        }
        return out;
    }

    private List<Question> questions(SplittableRandom r) {
        int count = 4 + r.nextInt(3);
        List<Question> out = new ArrayList<>(count);
        for (int q = 0; q < count; q++) {
            String id = "q" + (q + 1);
            List<ConceptId> concepts = concepts(q < ANCHOR_GROUPS.size() ? ANCHOR_GROUPS.get(q) : Words.pick(EXTRA_GROUPS, r), r);
            Difficulty own = r.nextInt(10) < 3 ? Difficulty.values()[r.nextInt(Difficulty.values().length)] : null;
            int type = q < 4 ? q : r.nextInt(4);
            int points = 1 + (type >= 2 ? r.nextInt(2) : 0);
            out.add(switch (type) {
                case 0 -> singleChoice(id, points, concepts, own, r);
                case 1 -> multipleResponse(id, points, concepts, own, r);
                case 2 -> ordering(id, points, concepts, own, r);
                default -> matching(id, points, concepts, own, r);
            });
        }
        return out;
    }

    /** An anchor concept of the group and up to two more from other groups (never the anchor groups). */
    private List<ConceptId> concepts(String anchorGroup, SplittableRandom r) {
        Set<ConceptId> out = new LinkedHashSet<>();
        out.add(Words.pick(ids(anchorGroup), r));
        int extra = r.nextInt(3);
        for (int i = 0; i < extra; i++) {
            out.add(Words.pick(ids(Words.pick(EXTRA_GROUPS, r)), r));
        }
        return List.copyOf(out);
    }

    private static String stem(SplittableRandom r, String ask) {
        return "In the session above, when the client describes " + Words.target(r) + ", " + ask;
    }

    private static SingleChoice singleChoice(String id, int points, List<ConceptId> concepts, Difficulty own, SplittableRandom r) {
        List<String> texts = distinctOptions(3 + r.nextInt(2), r);
        int correct = keyPosition(texts, r);
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            options.add(new ChoiceOption(texts.get(i), i == correct, i == correct
                    ? "Correct: this response fits the attachment need behind the moment, " + Words.purpose(r) + "."
                    : "Tempting, but it misses the attachment need the client signals, so it does not help " + Words.purpose(r) + "."));
        }
        return new SingleChoice(id, points, concepts, own, stem(r, "which response best fits the model?"), options,
                "The key follows the attachment need the client expresses rather than the content of the argument.");
    }

    private static MultipleResponse multipleResponse(String id, int points, List<ConceptId> concepts, Difficulty own,
                                                     SplittableRandom r) {
        List<String> texts = distinctOptions(4 + r.nextInt(2), r);
        int first = keyPosition(texts, r);
        Set<Integer> correct = new LinkedHashSet<>(List.of(first));
        int more = r.nextInt(2);
        for (int i = 0; i < more; i++) {
            correct.add(r.nextInt(texts.size()));
        }
        List<ChoiceOption> options = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean right = correct.contains(i);
            options.add(new ChoiceOption(texts.get(i), right, right
                    ? "Yes: this is one of the responses that keeps the focus on the attachment need."
                    : "No: this response stays with the surface content and misses the need underneath."));
        }
        return new MultipleResponse(id, points, concepts, own, stem(r, "which responses fit the model? Choose every one that applies."),
                options, r.nextBoolean() ? Scoring.PARTIAL : Scoring.ALL_OR_NOTHING, null);
    }

    private static Ordering ordering(String id, int points, List<ConceptId> concepts, Difficulty own, SplittableRandom r) {
        Set<String> items = new LinkedHashSet<>();
        int count = 3 + r.nextInt(3);
        while (items.size() < count) {
            items.add(Words.step(r));
        }
        return new Ordering(id, points, concepts, own, stem(r, "in which order should the therapist proceed?"),
                List.copyOf(items), Scoring.PARTIAL,
                "Safety and attunement come before deepening; new responses are invited only once the emotion is clear.");
    }

    private Matching matching(String id, int points, List<ConceptId> concepts, Difficulty own, SplittableRandom r) {
        List<Concept> group = catalogue.matching(ConceptPattern.of(Words.pick(List.of("intervention.*", "core.*", "eft.step.*"), r)));
        int count = 3 + r.nextInt(2);
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(r.nextInt(group.size()));
        }
        List<MatchPair> pairs = new ArrayList<>();
        Set<String> lefts = new LinkedHashSet<>();
        for (int c : chosen) {
            String left;
            do {
                left = "Turn where the therapist " + Words.pick(List.of("meets", "answers", "follows", "notices", "holds"), r)
                        + " " + Words.target(r);
            } while (!lefts.add(left));
            pairs.add(new MatchPair(left, group.get(c).displayName()));
        }
        return new Matching(id, points, concepts, own, "Match each moment of the session to what the therapist is doing.",
                pairs, Scoring.PARTIAL, "Each moment is matched by what the therapist does with the emotion, not by the topic.");
    }

    private static List<String> distinctOptions(int count, SplittableRandom r) {
        Set<String> texts = new LinkedHashSet<>();
        while (texts.size() < count) {
            texts.add(Words.option(r));
        }
        return List.copyOf(texts);
    }

    /**
     * A random position for the key, unless that option is much longer than every other
     * (the {@code long-correct-option} lint): then the shortest option.
     */
    private static int keyPosition(List<String> texts, SplittableRandom r) {
        int pick = r.nextInt(texts.size());
        int longestOther = 0;
        for (int i = 0; i < texts.size(); i++) {
            if (i != pick) {
                longestOther = Math.max(longestOther, texts.get(i).length());
            }
        }
        if (texts.get(pick).length() <= 1.5 * longestOther) {
            return pick;
        }
        int shortest = 0;
        for (int i = 1; i < texts.size(); i++) {
            if (texts.get(i).length() < texts.get(shortest).length()) {
                shortest = i;
            }
        }
        return shortest;
    }

    private static List<Objective> objectives(List<ConceptId> assessed, SplittableRandom r) {
        int count = 1 + r.nextInt(3);
        List<Objective> out = new ArrayList<>();
        for (int o = 0; o < count; o++) {
            Set<ConceptId> ids = new LinkedHashSet<>();
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) {
                ids.add(assessed.get(r.nextInt(assessed.size())));
            }
            out.add(new Objective(List.copyOf(ids), "Recognise how the therapist responds to " + Words.target(r) + " "
                    + Words.purpose(r) + "."));
        }
        return out;
    }

    private static List<Annotation> annotations(List<ConceptId> assessed, int turns, SplittableRandom r) {
        int count = 1 + r.nextInt(3);
        List<Annotation> out = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            int first = 1 + r.nextInt(turns - 1);
            out.add(new Annotation(List.of(assessed.get(r.nextInt(assessed.size()))), List.of(first, first + 1),
                    "Here the therapist attends to " + Words.target(r) + " " + Words.purpose(r) + "."));
        }
        return out;
    }

    private List<ConceptId> ids(String group) {
        List<ConceptId> ids = idsByGroup.getOrDefault(group, List.of());
        if (ids.isEmpty()) {
            throw new IllegalStateException("the concept catalogue has no concept in group " + group);
        }
        return ids;
    }
}
