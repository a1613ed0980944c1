package org.securebase.scenarios.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Series;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Located;
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.diagnostic.SourceMap;

/**
 * The cross-file checks of a library that streams past one vignette at a time, given the
 * blueprints first: duplicate vignette ids, blueprint {@code fixed} questions the library lacks,
 * and sections it cannot satisfy. It keeps counts and the place of each vignette id, never the
 * vignettes, so checking a library of any size needs memory only for those.
 *
 * <p>Not thread-safe: admit vignettes from one thread, in load order.
 *
 * @since 0.1
 */
public final class LibraryTally {
    private final List<Located<QuizBlueprint>> blueprints;
    private final Map<String, Origin> vignettes = new HashMap<>();
    /** Per blueprint, per section: questions matching it that the blueprint does not fix. */
    private final List<int[]> matching = new ArrayList<>();
    private final List<Set<QuestionRef>> fixed = new ArrayList<>();
    private final Set<QuestionRef> found = new HashSet<>();
    private int questions;

    private record Origin(String file, int line) {
    }

    /**
     * @param blueprints the blueprints to check the library against, ids distinct
     */
    public LibraryTally(List<Located<QuizBlueprint>> blueprints) {
        this.blueprints = List.copyOf(blueprints);
        for (Located<QuizBlueprint> b : this.blueprints) {
            matching.add(new int[b.value().sections().size()]);
            fixed.add(Set.copyOf(b.value().fixed()));
        }
    }

    /**
     * Takes the next vignette of the library. A vignette whose id an earlier one already used is
     * reported at its root (naming where the id was first used) and left out of the library.
     *
     * @param problems where a duplicate id is reported
     * @return true when the vignette joins the library
     */
    public boolean admit(Located<Vignette> vignette, List<Diagnostic> problems) {
        return admit(Entry.of(vignette), problems);
    }

    /**
     * What the tally needs of one question: its id, concepts and the difficulty that applies.
     *
     * @param id the question's id
     * @param concepts its concepts
     * @param difficulty its own difficulty, else its vignette's
     */
    public record Item(String id, List<ConceptId> concepts, Difficulty difficulty) {
        /** Copies the list. */
        public Item {
            concepts = List.copyOf(concepts);
        }
    }

    /**
     * What the tally needs of one vignette, small enough to keep for a validation cache: where
     * it is, its format, and the properties of its questions that sections select on.
     *
     * @param vignetteId the vignette's id
     * @param file the file it was read from
     * @param root where its root element was written
     * @param format its format
     * @param items its questions
     * @param series its place in a case series, or null (for {@link SeriesTally})
     * @param seriesAt where its {@code <series>} was written, or null with no series
     */
    public record Entry(String vignetteId, String file, Position root, Format format, List<Item> items,
                        Series series, Position seriesAt) {
        /** Copies the list; a series needs its place. */
        public Entry {
            items = List.copyOf(items);
            if (series != null && seriesAt == null) {
                seriesAt = root;
            }
        }

        /** The entry of a vignette in no series. */
        public Entry(String vignetteId, String file, Position root, Format format, List<Item> items) {
            this(vignetteId, file, root, format, items, null, null);
        }

        /** The entry of a vignette as read. */
        public static Entry of(Located<Vignette> vignette) {
            Vignette v = vignette.value();
            return new Entry(v.id(), vignette.file(), vignette.source().root(), v.format(), v.questions().stream()
                    .map(q -> new Item(q.id(), q.concepts(), v.difficultyOf(q))).toList(), v.series(),
                    v.series() == null ? null : vignette.source().at(SourceMap.seriesKey()));
        }
    }

    /**
     * Takes the next vignette of the library, as its entry: what {@link #admit(Located, List)} does.
     *
     * @param problems where a duplicate id is reported
     * @return true when the vignette joins the library
     */
    public boolean admit(Entry vignette, List<Diagnostic> problems) {
        Origin earlier = vignettes.get(vignette.vignetteId());
        if (earlier != null) {
            problems.add(Diagnostic.error(vignette.file(), vignette.root(), "vignette id '" + vignette.vignetteId()
                    + "' is already used by " + earlier.file() + ":" + earlier.line() + "; vignette ids must be unique"));
            return false;
        }
        for (Item q : vignette.items()) {
            QuestionRef ref = new QuestionRef(vignette.vignetteId(), q.id());
            for (int b = 0; b < blueprints.size(); b++) {
                boolean isFixed = fixed.get(b).contains(ref);
                if (isFixed) {
                    found.add(ref);
                    continue;
                }
                List<Section> sections = blueprints.get(b).value().sections();
                for (int s = 0; s < sections.size(); s++) {
                    if (sections.get(s).drawCount() > 0 && CrossChecks.selects(sections.get(s), vignette.format(), q)) {
                        matching.get(b)[s]++;
                    }
                }
            }
            questions++;
        }
        vignettes.put(vignette.vignetteId(), new Origin(vignette.file(), vignette.root().line()));
        return true;
    }

    /** Vignettes admitted. */
    public int vignettes() {
        return vignettes.size();
    }

    /** Questions of the vignettes admitted. */
    public int questions() {
        return questions;
    }

    /**
     * The blueprints' problems with the library admitted: fixed questions it does not hold (when
     * any vignette was admitted or {@code libraryChecks}) and, with {@code libraryChecks}, sections
     * asking to draw more questions than it holds for them.
     */
    public List<Diagnostic> blueprintProblems(boolean libraryChecks) {
        List<Diagnostic> out = new ArrayList<>();
        for (int b = 0; b < blueprints.size(); b++) {
            Located<QuizBlueprint> blueprint = blueprints.get(b);
            if (libraryChecks || !vignettes.isEmpty()) {
                for (Section s : blueprint.value().sections()) {
                    for (QuestionRef ref : s.fixed()) {
                        if (!found.contains(ref)) {
                            String why = vignettes.containsKey(ref.vignetteId())
                                    ? "vignette " + ref.vignetteId() + " has no question '" + ref.questionId() + "'"
                                    : "there is no vignette '" + ref.vignetteId() + "'";
                            out.add(blueprint.error(SourceMap.fixedKey(ref.toString()), "section " + s.id() + " fixes question "
                                    + ref + ", but " + why + " in the library"));
                        }
                    }
                }
            }
            if (libraryChecks) {
                List<Section> sections = blueprint.value().sections();
                for (int s = 0; s < sections.size(); s++) {
                    Section section = sections.get(s);
                    int count = matching.get(b)[s];
                    if (section.drawCount() > 0 && count < section.drawCount()) {
                        out.add(blueprint.error(SourceMap.sectionKey(section.id()), "section " + section.id() + " asks to draw "
                                + section.drawCount() + " questions (" + CrossChecks.describe(section) + "), but the library has "
                                + (count == 0 ? "none" : "only " + count) + " that match"));
                    }
                }
            }
        }
        return out;
    }
}
