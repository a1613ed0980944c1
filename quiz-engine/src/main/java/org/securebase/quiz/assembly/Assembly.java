package org.securebase.quiz.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.blueprint.Selection;
import org.securebase.model.concept.ConceptPattern;
import org.securebase.model.library.Library;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Vignette;

/**
 * Draws a quiz from a blueprint, a library and a seed, the same quiz every time on every machine.
 *
 * <ol>
 * <li>Every section's {@code fixed} questions are claimed first, so no section can draw them.</li>
 * <li>Sections then draw in blueprint order: the candidates are the unclaimed questions any of the
 * section's selections selects, sorted by question reference; {@code draw} of them are picked by a
 * partial Fisher–Yates shuffle with a {@link SeededRandom} seeded from the quiz seed and the
 * section id. A drawn question is claimed, so none is asked twice.</li>
 * <li>Within a section, questions are grouped into one block per vignette: blocks holding fixed
 * questions first (in the order of their first fixed question), then the others by vignette id;
 * inside a block fixed questions first in blueprint order, then drawn ones in authored order.</li>
 * <li>The vignettes of a case series then stand together in session order, where the first of
 * them stood ({@link SeriesOrder}, decision 0150).</li>
 * </ol>
 *
 * <p>The quiz id is the blueprint id, a dash, and the first ten hex digits of the SHA-256 of the
 * blueprint id and version, the seed, the content fingerprint, the delivery settings and the layout, so equal inputs give
 * equal ids and different quizzes practically never share one.
 *
 * @since 0.1
 */
public final class Assembly {
    private Assembly() {
    }

    /**
     * Draws the quiz.
     *
     * @throws BlueprintNotSatisfiedException naming the section, what it asked for and how many questions match
     */
    public static Quiz assemble(QuizBlueprint blueprint, Library library, long seed) {
        Set<QuestionRef> claimed = new HashSet<>();
        for (Section s : blueprint.sections()) {
            for (QuestionRef ref : s.fixed()) {
                if (library.question(ref).isEmpty()) {
                    throw new BlueprintNotSatisfiedException(missingFixed(s, ref, library));
                }
                claimed.add(ref);
            }
        }
        List<LibraryQuestion> all = new ArrayList<>(library.questions());
        all.sort(Comparator.comparing(LibraryQuestion::ref));

        List<QuizSection> sections = new ArrayList<>();
        List<QuestionRef> mustPass = new ArrayList<>();
        Map<String, Set<String>> used = new TreeMap<>();
        for (Section s : blueprint.sections()) {
            List<QuestionRef> drawn = draw(s, all, claimed, seed);
            claimed.addAll(drawn);
            s.fixed().stream().filter(s::mustPass).forEach(mustPass::add);
            if (s.mustPass()) {
                mustPass.addAll(drawn);
            }
            sections.add(new QuizSection(s.id(), s.title(), blocks(s.fixed(), drawn, library)));
            s.fixed().forEach(r -> used.computeIfAbsent(r.vignetteId(), k -> new HashSet<>()).add(r.questionId()));
            drawn.forEach(r -> used.computeIfAbsent(r.vignetteId(), k -> new HashSet<>()).add(r.questionId()));
        }
        List<Vignette> content = new ArrayList<>();
        used.forEach((vid, qids) -> content.add(cut(library.vignette(vid).orElseThrow(), qids)));
        String fingerprint = Fingerprint.of(content);
        QuizSettings settings = QuizSettings.of(blueprint).withMustPass(mustPass);
        String id = quizId(blueprint, settings, seed, fingerprint, sections);
        return new Quiz(id, blueprint.id(), blueprint.version(), seed, fingerprint, settings, sections, content);
    }

    private static List<QuestionRef> draw(Section s, List<LibraryQuestion> all, Set<QuestionRef> claimed, long seed) {
        int wanted = s.drawCount();
        if (wanted == 0) {
            return List.of();
        }
        List<LibraryQuestion> matching = all.stream().filter(q -> selects(s, q)).toList();
        List<QuestionRef> candidates = new ArrayList<>(matching.stream().map(LibraryQuestion::ref)
                .filter(r -> !claimed.contains(r)).toList());
        if (candidates.size() < wanted) {
            int taken = matching.size() - candidates.size();
            throw new BlueprintNotSatisfiedException("section '" + s.id() + "' asks for " + wanted + " questions "
                    + describe(s.selections()) + ", but the library has only " + candidates.size() + " such question"
                    + (candidates.size() == 1 ? "" : "s") + " to draw"
                    + (taken > 0 ? " (" + matching.size() + " match, " + taken
                    + " of them already fixed or drawn by another section)" : "")
                    + ": add questions to the library or lower 'draw'");
        }
        SeededRandom random = new SeededRandom(SeededRandom.mix(seed, SeededRandom.hash("section:" + s.id())));
        for (int i = 0; i < wanted; i++) {
            int j = i + random.nextInt(candidates.size() - i);
            QuestionRef t = candidates.get(i);
            candidates.set(i, candidates.get(j));
            candidates.set(j, t);
        }
        return List.copyOf(candidates.subList(0, wanted));
    }

    private static boolean selects(Section s, LibraryQuestion q) {
        return s.selections().isEmpty()
                || s.selections().stream().anyMatch(sel -> sel.selects(q.vignette(), q.question()));
    }

    /** Words for what a section's selections ask for, as used in error messages. */
    static String describe(List<Selection> selections) {
        if (selections.isEmpty()) {
            return "of any kind";
        }
        List<String> parts = new ArrayList<>();
        for (Selection sel : selections) {
            List<String> p = new ArrayList<>();
            p.add("concepts " + (sel.concepts().isEmpty() ? "any"
                    : sel.concepts().stream().map(ConceptPattern::text).collect(Collectors.joining(" "))));
            p.add("formats " + (sel.formats().isEmpty() ? "any"
                    : sel.formats().stream().sorted().map(Format::xmlName).collect(Collectors.joining(" "))));
            p.add("difficulties " + (sel.difficulties().isEmpty() ? "any"
                    : sel.difficulties().stream().sorted().map(Difficulty::xmlName).collect(Collectors.joining(" "))));
            parts.add("[" + String.join(", ", p) + "]");
        }
        return "matching " + String.join(" or ", parts);
    }

    private static String missingFixed(Section s, QuestionRef ref, Library library) {
        String held = library.vignette(ref.vignetteId())
                .map(v -> "vignette " + v.id() + " has " + v.questions().stream().map(Question::id)
                        .collect(Collectors.joining(", ")))
                .orElse("the library has no vignette '" + ref.vignetteId() + "'");
        return "section '" + s.id() + "' fixes " + ref + ", which the library does not hold (" + held + ")";
    }

    private static List<VignetteBlock> blocks(List<QuestionRef> fixed, List<QuestionRef> drawn, Library library) {
        Map<String, List<QuestionRef>> fixedByVignette = new LinkedHashMap<>();
        fixed.forEach(r -> fixedByVignette.computeIfAbsent(r.vignetteId(), k -> new ArrayList<>()).add(r));
        Map<String, Set<QuestionRef>> drawnByVignette = new TreeMap<>();
        drawn.forEach(r -> drawnByVignette.computeIfAbsent(r.vignetteId(), k -> new HashSet<>()).add(r));

        List<String> order = new ArrayList<>(fixedByVignette.keySet());
        drawnByVignette.keySet().stream().filter(v -> !fixedByVignette.containsKey(v)).forEach(order::add);
        List<VignetteBlock> blocks = new ArrayList<>();
        for (String vid : SeriesOrder.together(order, id -> library.vignette(id).flatMap(Vignette::inSeries))) {
            List<QuestionRef> refs = new ArrayList<>(fixedByVignette.getOrDefault(vid, List.of()));
            Set<QuestionRef> mine = drawnByVignette.getOrDefault(vid, Set.of());
            Vignette v = library.vignette(vid).orElseThrow();
            v.questions().stream().map(v::refOf).filter(mine::contains).forEach(refs::add);
            blocks.add(new VignetteBlock(vid, refs));
        }
        return blocks;
    }

    private static Vignette cut(Vignette v, Set<String> questionIds) {
        List<Question> kept = v.questions().stream().filter(q -> questionIds.contains(q.id())).toList();
        return v.withQuestions(kept);
    }

    private static String quizId(QuizBlueprint b, QuizSettings settings, long seed, String fingerprint,
                                 List<QuizSection> sections) {
        StringBuilder text = new StringBuilder("securebase-quiz-id-1\n")
                .append(b.id()).append('\n').append(b.version()).append('\n').append(seed).append('\n')
                .append(fingerprint).append('\n')
                .append(settings.passPercent()).append(' ').append(settings.timeLimitMinutes()).append(' ')
                .append(settings.shuffleQuestions()).append(' ').append(settings.shuffleOptions()).append(' ')
                .append(settings.maxAttempts()).append(' ').append(settings.attemptPolicy().xmlName()).append('\n');
        for (QuizSection s : sections) {
            text.append(s.id()).append(':');
            s.refs().forEach(r -> text.append(' ').append(r));
            text.append('\n');
        }
        if (!settings.mustPass().isEmpty()) {
            // only when there are some, so quizzes without must-pass questions keep their ids
            text.append("must-pass:");
            settings.mustPass().forEach(r -> text.append(' ').append(r));
            text.append('\n');
        }
        return b.id() + "-" + Fingerprint.sha256(text.toString()).substring(0, 10);
    }
}
