package org.securebase.model.concept;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securebase.model.ModelException;

/**
 * Every attachment concept the kit knows, looked up by id or selected by pattern. The standard
 * catalogue is read once from {@code concepts.tsv} beside this class; its ids are the public
 * contract listed in the formats documentation.
 *
 * @since 0.1
 */
public final class ConceptCatalogue {
    private static final int MAX_SUGGESTIONS = 2;

    private final Map<ConceptId, Concept> concepts;

    /** A catalogue of the given concepts, kept in the given order; ids must be distinct. */
    public ConceptCatalogue(List<Concept> concepts) {
        Map<ConceptId, Concept> byId = new LinkedHashMap<>();
        for (Concept c : concepts) {
            if (byId.putIfAbsent(c.id(), c) != null) {
                throw new ModelException("concept '" + c.id() + "' is listed twice");
            }
            c.group();
        }
        this.concepts = Collections.unmodifiableMap(byId);
    }

    /** The catalogue that ships with the kit. */
    public static ConceptCatalogue standard() {
        return Standard.INSTANCE;
    }

    /** Every concept, in catalogue order. */
    public List<Concept> all() {
        return List.copyOf(concepts.values());
    }

    /** The number of concepts. */
    public int size() {
        return concepts.size();
    }

    /** The concept with this id, if known. */
    public Optional<Concept> find(ConceptId id) {
        return Optional.ofNullable(concepts.get(id));
    }

    /** True when the id is in the catalogue. */
    public boolean contains(ConceptId id) {
        return concepts.containsKey(id);
    }

    /**
     * The concept with this id.
     *
     * @throws UnknownConceptException naming the nearest known ids when it is not in the catalogue
     */
    public Concept require(String id) {
        ConceptId parsed;
        try {
            parsed = ConceptId.of(id);
        } catch (ModelException badShape) {
            throw new UnknownConceptException(id, suggest(id));
        }
        Concept c = concepts.get(parsed);
        if (c == null) {
            throw new UnknownConceptException(id, suggest(id));
        }
        return c;
    }

    /** The concepts a pattern selects, in catalogue order. */
    public List<Concept> matching(ConceptPattern pattern) {
        return concepts.values().stream().filter(c -> pattern.matches(c.id())).toList();
    }

    /** The concepts grouped, groups in their natural order, concepts in catalogue order. */
    public Map<ConceptGroup, List<Concept>> byGroup() {
        Map<ConceptGroup, List<Concept>> groups = new EnumMap<>(ConceptGroup.class);
        for (Concept c : concepts.values()) {
            groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
        }
        groups.replaceAll((g, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(groups);
    }

    /** The known ids nearest to a misspelt one (edit distance, at most a third of its length), closest first. */
    public List<ConceptId> suggest(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(java.util.Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        record Scored(ConceptId id, int distance) {
        }
        return concepts.keySet().stream()
                .map(k -> new Scored(k, distance(wanted, k.value())))
                .filter(s -> s.distance() <= limit)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::id))
                .limit(MAX_SUGGESTIONS)
                .map(Scored::id)
                .toList();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Reads a catalogue in the {@code concepts.tsv} format: {@code id TAB name TAB definition}, {@code #} comments. */
    public static ConceptCatalogue read(InputStream in, String source) throws IOException {
        List<Concept> list = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    throw new ModelException(source + ":" + number + ": expected 'id<TAB>name<TAB>definition'");
                }
                try {
                    list.add(new Concept(ConceptId.of(f[0].strip()), f[1], f[2]));
                } catch (ModelException e) {
                    throw new ModelException(source + ":" + number + ": " + e.getMessage());
                }
            }
        }
        return new ConceptCatalogue(list);
    }

    private static final class Standard {
        static final ConceptCatalogue INSTANCE = load();

        private static ConceptCatalogue load() {
            String name = "concepts.tsv";
            try (InputStream in = ConceptCatalogue.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("the concept catalogue " + name + " is missing from the model jar");
                }
                return read(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
