package org.securebase.scenarios.xml;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.blueprint.Selection;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptPattern;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Format;
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.diagnostic.SourceMap;
import org.securebase.scenarios.xml.Binding.FixedElement;
import org.securebase.scenarios.xml.Binding.Placed;
import org.securebase.scenarios.xml.Binding.QuizElement;
import org.securebase.scenarios.xml.Binding.SectionElement;
import org.securebase.scenarios.xml.Binding.SelectElement;

/** Maps a bound quiz element to a blueprint, checking each section, select and fixed reference on its own. */
final class BlueprintMapping {
    private final ConceptCatalogue catalogue;

    BlueprintMapping(ConceptCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The blueprint (null when any part failed) and where its parts were written. */
    record Result(QuizBlueprint blueprint, SourceMap source) {
    }

    Result map(QuizElement e, Problems p) {
        int errorsBefore = p.errorCount();
        Map<String, Position> positions = new HashMap<>();
        List<Section> sections = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        Set<QuestionRef> fixedSeen = new HashSet<>();
        for (SectionElement s : e.sections) {
            if (s.id != null) {
                positions.putIfAbsent(SourceMap.sectionKey(s.id), Problems.position(s.locator));
                if (!sectionIds.add(s.id)) {
                    p.error(s.locator, "blueprint " + e.id + " has two sections with the id '" + s.id + "'");
                    continue;
                }
            }
            String where = "section " + s.id;
            List<Selection> selections = new ArrayList<>();
            List<QuestionRef> fixed = new ArrayList<>();
            List<QuestionRef> mustPassFixed = new ArrayList<>();
            boolean ok = true;
            for (Placed part : s.parts) {
                if (part instanceof SelectElement sel) {
                    Selection selection = selection(sel, where, p);
                    ok &= selection != null;
                    if (selection != null) {
                        selections.add(selection);
                    }
                } else if (part instanceof FixedElement f) {
                    QuestionRef ref = VignetteMapping.attempt(p, f.locator, where + ": ", () -> QuestionRef.parse(f.ref));
                    if (ref == null) {
                        ok = false;
                        continue;
                    }
                    positions.putIfAbsent(SourceMap.fixedKey(ref.toString()), Problems.position(f.locator));
                    if (!fixedSeen.add(ref)) {
                        p.error(f.locator, where + " fixes question " + ref
                                + ", which this blueprint already fixes: a fixed question is asked once");
                        ok = false;
                        continue;
                    }
                    fixed.add(ref);
                    if (Boolean.TRUE.equals(f.mustPass)) {
                        mustPassFixed.add(ref);
                    }
                }
            }
            if (ok) {
                Section section = VignetteMapping.attempt(p, s.locator,
                        () -> new Section(s.id, s.title, s.draw, selections, fixed, Boolean.TRUE.equals(s.mustPass),
                                mustPassFixed));
                if (section != null) {
                    sections.add(section);
                }
            }
        }
        AttemptPolicy policy = e.attemptPolicy == null ? null
                : VignetteMapping.attempt(p, e.locator, () -> AttemptPolicy.of(e.attemptPolicy));
        SourceMap source = new SourceMap(Problems.position(e.locator), positions);
        if (p.errorCount() > errorsBefore) {
            return new Result(null, source);
        }
        QuizBlueprint blueprint = VignetteMapping.attempt(p, e.locator, () -> new QuizBlueprint(e.id,
                e.version == null ? 1 : e.version, e.title, e.instructions,
                e.passPercent == null ? QuizBlueprint.DEFAULT_PASS_PERCENT : e.passPercent, e.timeLimitMinutes,
                e.shuffleQuestions == null || e.shuffleQuestions, e.shuffleOptions == null || e.shuffleOptions,
                e.attempts == null ? 1 : e.attempts, policy, sections));
        return new Result(blueprint, source);
    }

    private Selection selection(SelectElement sel, String where, Problems p) {
        boolean ok = true;
        List<ConceptPattern> patterns = new ArrayList<>();
        for (String w : Parts.words(sel.concepts)) {
            ConceptPattern pattern = Parts.pattern(w, where, sel.locator, catalogue, p);
            ok &= pattern != null;
            if (pattern != null) {
                patterns.add(pattern);
            }
        }
        Set<Format> formats = EnumSet.noneOf(Format.class);
        for (String w : Parts.words(sel.formats)) {
            Format f = VignetteMapping.attempt(p, sel.locator, where + ": ", () -> Format.of(w));
            ok &= f != null;
            if (f != null) {
                formats.add(f);
            }
        }
        Set<Difficulty> difficulties = EnumSet.noneOf(Difficulty.class);
        for (String w : Parts.words(sel.difficulties)) {
            Difficulty d = VignetteMapping.attempt(p, sel.locator, where + ": ", () -> Difficulty.of(w));
            ok &= d != null;
            if (d != null) {
                difficulties.add(d);
            }
        }
        return ok ? new Selection(patterns, formats, difficulties) : null;
    }
}
