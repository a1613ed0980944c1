package org.securebase.quiz.assembly;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Vignette;

/**
 * A concrete quiz drawn from a blueprint, a library and a seed. It carries its own copy of the
 * content it asks (each vignette cut down to the questions drawn from it), so it can be frozen,
 * delivered and scored long after the library has changed; the fingerprint proves which content
 * that was.
 *
 * @param id the quiz's own id, derived from the blueprint, seed and content (see {@link Assembly})
 * @param blueprintId the blueprint it was drawn from
 * @param blueprintVersion that blueprint's version
 * @param seed the seed of the draw and of every variant
 * @param fingerprint SHA-256 hex of the canonical content ({@link Fingerprint#of(List)} of {@code vignettes})
 * @param settings pass mark, time limit, shuffling and retakes
 * @param sections in blueprint order, each with its vignette blocks in canonical order
 * @param vignettes the content, sorted by id, each holding exactly the questions the quiz asks
 * @since 0.1
 */
public record Quiz(String id, String blueprintId, int blueprintVersion, long seed, String fingerprint,
                   QuizSettings settings, List<QuizSection> sections, List<Vignette> vignettes) {

    /** Rejects a quiz whose sections, content and fingerprint do not agree. */
    public Quiz {
        Checks.id(id, "quiz id");
        Checks.id(blueprintId, "blueprint id of quiz " + id);
        Checks.positive(blueprintVersion, "blueprint version of quiz " + id);
        Checks.present(settings, "settings of quiz " + id);
        sections = Checks.nonEmpty(sections, "sections of quiz " + id);
        vignettes = Checks.nonEmpty(vignettes, "vignettes of quiz " + id);
        for (int i = 1; i < vignettes.size(); i++) {
            if (vignettes.get(i - 1).id().compareTo(vignettes.get(i).id()) >= 0) {
                throw new ModelException("the vignettes of quiz " + id + " must be sorted by id and distinct, found '"
                        + vignettes.get(i - 1).id() + "' before '" + vignettes.get(i).id() + "'");
            }
        }
        Set<QuestionRef> content = new HashSet<>();
        vignettes.forEach(v -> v.questions().forEach(q -> content.add(v.refOf(q))));
        List<QuestionRef> asked = new ArrayList<>();
        sections.forEach(s -> asked.addAll(s.refs()));
        QuestionRef dup = Checks.firstDuplicate(asked);
        if (dup != null) {
            throw new ModelException("quiz " + id + " asks " + dup + " twice");
        }
        for (QuestionRef r : asked) {
            if (!content.contains(r)) {
                throw new ModelException("quiz " + id + " asks " + r + " but does not hold its content");
            }
        }
        if (asked.size() != content.size()) {
            throw new ModelException("quiz " + id + " holds " + content.size() + " questions but asks " + asked.size());
        }
        String expected = Fingerprint.of(vignettes);
        if (!expected.equals(fingerprint)) {
            throw new ModelException("the fingerprint of quiz " + id + " is " + fingerprint
                    + " but its content hashes to " + expected + ": the content was changed after the quiz was drawn");
        }
    }

    /** Every question reference in canonical order (sections, then blocks, then questions). */
    public List<QuestionRef> refs() {
        List<QuestionRef> out = new ArrayList<>();
        sections.forEach(s -> out.addAll(s.refs()));
        return out;
    }

    /** Every question with its vignette, in canonical order. */
    public List<LibraryQuestion> questions() {
        List<LibraryQuestion> out = new ArrayList<>();
        for (QuizSection s : sections) {
            for (VignetteBlock b : s.blocks()) {
                Vignette v = vignette(b.vignetteId());
                for (QuestionRef r : b.questions()) {
                    out.add(new LibraryQuestion(v, v.question(r.questionId()).orElseThrow()));
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The question a reference names, with its vignette; fails naming the reference when it is not asked. */
    public LibraryQuestion question(QuestionRef ref) {
        Vignette v = vignette(ref.vignetteId());
        Question q = v.question(ref.questionId())
                .orElseThrow(() -> new ModelException("quiz " + id + " does not ask " + ref));
        return new LibraryQuestion(v, q);
    }

    /** True when the quiz asks this question. */
    public boolean asks(QuestionRef ref) {
        int at = indexOf(ref.vignetteId());
        return at >= 0 && vignettes.get(at).question(ref.questionId()).isPresent();
    }

    /** The vignette with this id; fails naming it when the quiz holds none. */
    public Vignette vignette(String vignetteId) {
        int at = indexOf(vignetteId);
        if (at < 0) {
            throw new ModelException("quiz " + id + " holds no vignette '" + vignetteId + "'");
        }
        return vignettes.get(at);
    }

    /**
     * Where the vignette with this id sits in {@code vignettes}, found by binary search (the
     * constructor keeps them sorted by id and distinct), or a negative number when none has it.
     * Scoring and delivery look questions up by reference once per answer, so a scan of the
     * content per look-up made scoring grow with the square of the quiz's length.
     */
    private int indexOf(String vignetteId) {
        int low = 0;
        int high = vignettes.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int c = vignettes.get(mid).id().compareTo(vignetteId);
            if (c < 0) {
                low = mid + 1;
            } else if (c > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The sum of the points of every question. */
    public int maxPoints() {
        return vignettes.stream().flatMap(v -> v.questions().stream()).mapToInt(Question::points).sum();
    }
}
