package org.securebase.quiz.assembly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.securebase.model.vignette.Series;

/**
 * The case-series rule of a quiz (decision 0150): within a section, the vignettes of one series
 * stand together, in session order, where the first of them would have stood; a vignette in no
 * series keeps its place. A variant that shuffles a section moves a series as one unit, so
 * neither assembly nor delivery can ask session 3 before session 1 or put another case between
 * them. A section without series cases keeps the order it had before series existed, so quizzes
 * drawn from such content keep their ids and variants.
 *
 * @since 0.4
 */
public final class SeriesOrder {
    private SeriesOrder() {
    }

    /**
     * The vignettes in the order a section asks them.
     *
     * @param vignetteIds the section's vignettes in the order the other rules give
     * @param seriesOf each vignette's place in a series, if any
     * @return the same ids, each series gathered at its first member and sorted by session (then id)
     */
    public static List<String> together(List<String> vignetteIds, Function<String, Optional<Series>> seriesOf) {
        List<String> out = new ArrayList<>(vignetteIds.size());
        Set<String> placed = new HashSet<>();
        for (String vid : vignetteIds) {
            if (placed.contains(vid)) {
                continue;
            }
            Optional<Series> series = seriesOf.apply(vid);
            if (series.isEmpty()) {
                out.add(vid);
                placed.add(vid);
                continue;
            }
            String id = series.get().id();
            List<String> members = new ArrayList<>(vignetteIds.stream()
                    .filter(o -> seriesOf.apply(o).map(s -> s.id().equals(id)).orElse(false)).distinct().toList());
            members.sort(Comparator.comparing((String o) -> seriesOf.apply(o).orElseThrow().session())
                    .thenComparing(Comparator.naturalOrder()));
            out.addAll(members);
            placed.addAll(members);
        }
        return out;
    }

    /**
     * A section's blocks as the units a shuffle may move: each run of consecutive blocks of one
     * series is one unit, every other block a unit of its own.
     *
     * @param blocks the blocks in assembled order, whose series already stand together
     * @param seriesOf each vignette's place in a series, if any
     */
    public static List<List<VignetteBlock>> units(List<VignetteBlock> blocks, Function<String, Optional<Series>> seriesOf) {
        List<List<VignetteBlock>> units = new ArrayList<>();
        String current = null;
        for (VignetteBlock b : blocks) {
            String id = seriesOf.apply(b.vignetteId()).map(Series::id).orElse(null);
            if (id != null && Objects.equals(id, current)) {
                units.get(units.size() - 1).add(b);
            } else {
                List<VignetteBlock> unit = new ArrayList<>();
                unit.add(b);
                units.add(unit);
            }
            current = id;
        }
        return units;
    }
}
