package org.securebase.scenarios.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.securebase.model.vignette.Series;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Position;

/**
 * The cross-file checks of case series (decision 0150), over a library that streams past one
 * vignette at a time: a session two vignettes of one series both claim is an error (a quiz could
 * not tell which to ask first), and sessions missing from a series are a warning, as the cases
 * loaded may be only part of a library. Each report points at the {@code <series>} element. It
 * keeps one small place per vignette in a series, never the vignettes.
 *
 * <p>Not thread-safe: offer vignettes from one thread, in load order.
 *
 * @since 0.4
 */
public final class SeriesTally {
    /** Per series id, its places in load order. */
    private final Map<String, List<Place>> series = new TreeMap<>();

    /**
     * Where one vignette of a series was written.
     *
     * @param vignetteId the vignette
     * @param series its place in the series
     * @param file the file it was read from
     * @param at where its {@code <series>} element was written
     */
    private record Place(String vignetteId, Series series, String file, Position at) {
    }

    /** Takes the next vignette that joined the library; one in no series is ignored. */
    public void offer(LibraryTally.Entry vignette) {
        if (vignette.series() != null) {
            series.computeIfAbsent(vignette.series().id(), k -> new ArrayList<>())
                    .add(new Place(vignette.vignetteId(), vignette.series(), vignette.file(), vignette.seriesAt()));
        }
    }

    /** The duplicates (errors) and gaps (warnings) of every series offered. */
    public List<Diagnostic> problems() {
        List<Diagnostic> out = new ArrayList<>();
        series.forEach((id, places) -> {
            Map<Integer, Place> first = new TreeMap<>();
            for (Place p : places) {
                Place earlier = first.putIfAbsent(p.series().session(), p);
                if (earlier != null) {
                    out.add(Diagnostic.error(p.file(), p.at(), "vignette " + p.vignetteId() + " is session "
                            + p.series().session() + " of series '" + id + "', but so is vignette " + earlier.vignetteId()
                            + " (" + earlier.file() + ":" + earlier.at().line() + "): give each session of a series once"));
                }
            }
            TreeSet<Integer> missing = new TreeSet<>();
            int last = ((TreeMap<Integer, Place>) first).lastKey();
            for (int s = 1; s < last; s++) {
                if (!first.containsKey(s)) {
                    missing.add(s);
                }
            }
            if (!missing.isEmpty()) {
                Place after = first.get(((TreeMap<Integer, Place>) first).higherKey(missing.first()));
                out.add(Diagnostic.warning(after.file(), after.at(), null, "series '" + id + "' has no session "
                        + missing.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ": the loaded sessions are " + first.keySet().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "; number the sessions 1, 2, 3 … without gaps,"
                        + " or load the missing case"));
            }
        });
        return out;
    }
}
