package org.securebase.scenarios.coverage;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.securebase.model.concept.Concept;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.library.Library;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.Difficulty;
import org.securebase.model.vignette.Format;

/**
 * How many questions of a library fall in each concept group, vignette format, difficulty (the
 * question's own, else its vignette's), question type and concept id. A question tagged with
 * several concepts counts once for each concept and once for each group it touches; every
 * catalogue concept and group appears, with 0 where nothing assesses it.
 *
 * @param questions the number of questions in the library
 * @param byGroup questions per concept group, in catalogue order
 * @param byFormat questions per vignette format
 * @param byDifficulty questions per difficulty
 * @param byType questions per question type ({@code single-choice}, …), in that order
 * @param byConcept questions per concept id, in catalogue order
 * @since 0.1
 */
public record Coverage(int questions, Map<ConceptGroup, Integer> byGroup, Map<Format, Integer> byFormat,
                       Map<Difficulty, Integer> byDifficulty, Map<String, Integer> byType,
                       Map<ConceptId, Integer> byConcept) {
    /** The question types in the order reports list them. */
    public static final List<String> TYPES = List.of("single-choice", "multiple-response", "ordering", "matching");

    /** Copies the maps, keeping their order. */
    public Coverage {
        byGroup = Collections.unmodifiableMap(new EnumMap<>(byGroup));
        byFormat = Collections.unmodifiableMap(new EnumMap<>(byFormat));
        byDifficulty = Collections.unmodifiableMap(new EnumMap<>(byDifficulty));
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        byConcept = Collections.unmodifiableMap(new LinkedHashMap<>(byConcept));
    }

    /** The coverage of a library against the standard catalogue. */
    public static Coverage of(Library library) {
        return of(library, ConceptCatalogue.standard());
    }

    /** The coverage of a library against a catalogue. */
    public static Coverage of(Library library, ConceptCatalogue catalogue) {
        Map<ConceptGroup, Integer> groups = new EnumMap<>(ConceptGroup.class);
        for (ConceptGroup g : ConceptGroup.values()) {
            groups.put(g, 0);
        }
        Map<Format, Integer> formats = zeroes(Format.class);
        Map<Difficulty, Integer> difficulties = zeroes(Difficulty.class);
        Map<String, Integer> types = new LinkedHashMap<>();
        TYPES.forEach(t -> types.put(t, 0));
        Map<ConceptId, Integer> concepts = new LinkedHashMap<>();
        for (Concept c : catalogue.all()) {
            concepts.put(c.id(), 0);
        }
        Map<ConceptId, Integer> unknown = new TreeMap<>();
        List<LibraryQuestion> all = library.questions();
        for (LibraryQuestion q : all) {
            formats.merge(q.vignette().format(), 1, Integer::sum);
            difficulties.merge(q.difficulty(), 1, Integer::sum);
            types.merge(q.question().typeName(), 1, Integer::sum);
            q.question().concepts().stream().map(ConceptGroup::of).distinct().forEach(g -> groups.merge(g, 1, Integer::sum));
            for (ConceptId id : q.question().concepts()) {
                (concepts.containsKey(id) ? concepts : unknown).merge(id, 1, Integer::sum);
            }
        }
        concepts.putAll(unknown);
        return new Coverage(all.size(), groups, formats, difficulties, types, concepts);
    }

    /** The concept ids no question assesses, in catalogue order. */
    public List<ConceptId> unassessed() {
        return byConcept.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey).toList();
    }

    private static <E extends Enum<E>> Map<E, Integer> zeroes(Class<E> type) {
        Map<E, Integer> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0);
        }
        return m;
    }
}
