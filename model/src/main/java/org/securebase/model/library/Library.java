package org.securebase.model.library;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Vignette;

/**
 * The vignettes a quiz is drawn from, with vignette ids unique. Order is kept as given; the
 * engine sorts by id where order matters for reproducibility.
 *
 * @since 0.1
 */
public final class Library {
    private final Map<String, Vignette> vignettes;

    /** A library of these vignettes; rejects two with the same id. */
    public Library(List<Vignette> vignettes) {
        Map<String, Vignette> byId = new LinkedHashMap<>();
        for (Vignette v : vignettes) {
            if (byId.putIfAbsent(v.id(), v) != null) {
                throw new ModelException("the library holds two vignettes with the id '" + v.id() + "'");
            }
        }
        this.vignettes = Collections.unmodifiableMap(byId);
    }

    /** Every vignette, in the order given. */
    public List<Vignette> vignettes() {
        return List.copyOf(vignettes.values());
    }

    /** The vignette with this id. */
    public Optional<Vignette> vignette(String id) {
        return Optional.ofNullable(vignettes.get(id));
    }

    /** The question a reference names, with its vignette. */
    public Optional<LibraryQuestion> question(QuestionRef ref) {
        Vignette v = vignettes.get(ref.vignetteId());
        return v == null ? Optional.empty() : v.question(ref.questionId()).map(q -> new LibraryQuestion(v, q));
    }

    /** Every question of every vignette, vignette by vignette in order. */
    public List<LibraryQuestion> questions() {
        return vignettes.values().stream()
                .flatMap(v -> v.questions().stream().map(q -> new LibraryQuestion(v, q)))
                .toList();
    }

    /** The number of vignettes. */
    public int size() {
        return vignettes.size();
    }
}
