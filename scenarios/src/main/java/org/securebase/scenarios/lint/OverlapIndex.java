package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Located;
import org.securebase.scenarios.diagnostic.Position;

/**
 * The {@link TranscriptOverlap} check run as vignettes stream past, one at a time in load order,
 * so a library of any size is checked without keeping its vignettes: each vignette leaves only
 * the 64-bit hashes of its normalised sentences, its id, file and line. Each pair is reported
 * once, at the later vignette. Two different sentences share a hash with a probability of about
 * n²/2⁶⁵ for n distinct sentences (below one in a million for ten million sentences).
 *
 * <p>Not thread-safe: offer digests from one thread. Digests themselves may be made on any thread.
 *
 * @since 0.1
 */
public final class OverlapIndex {
    private static final int EMPTY = -1;

    /** Earlier vignettes, by the index the table stores. */
    private final List<Earlier> earlier = new ArrayList<>();
    /**
     * Open addressing, at most three quarters full: sentence hash to its holders. Most sentences
     * belong to one vignette, so a slot holds that vignette's index itself (≥ 0); a sentence held
     * by several points into the entries instead ({@code -2 - entry}, newest holder first).
     */
    private long[] keys = new long[1024];
    private int[] heads = filled(1024);
    private int used;
    /** Entries of sentences with several holders: the holder, and the entry of the next older one. */
    private int[] holder = new int[64];
    private int[] older = new int[64];
    private int entries;

    /**
     * What the check keeps of one vignette.
     *
     * @param vignetteId the vignette's id
     * @param file the file it was read from
     * @param root where its root element was written
     * @param sentences hashes of its distinct normalised sentences
     * @param silenced whether its author silenced the rule for the whole file
     */
    public record Digest(String vignetteId, String file, Position root, long[] sentences, boolean silenced) {

        /** The digest of a vignette as read, under what its author silenced. */
        public static Digest of(Located<Vignette> vignette, LintIgnores ignores) {
            boolean silenced = ignores.silences(TranscriptOverlap.NAME, null);
            Set<String> sentences = silenced ? Set.of() : TranscriptOverlap.sentences(vignette.value());
            long[] hashes = sentences.stream().mapToLong(OverlapIndex::hash).distinct().toArray();
            return new Digest(vignette.value().id(), vignette.file(), vignette.source().root(), hashes, silenced);
        }
    }

    private record Earlier(String vignetteId, String file, int line, int sentences) {
    }

    /**
     * Checks a vignette against every earlier one offered and then remembers it (unless its author
     * silenced the rule: then it is neither reported nor compared with later vignettes).
     *
     * @return warnings at this vignette, one per earlier vignette it overlaps too much, earliest first
     */
    public List<Diagnostic> offer(Digest digest) {
        if (digest.silenced()) {
            return List.of();
        }
        Map<Integer, Integer> shared = new TreeMap<>();
        for (long h : digest.sentences()) {
            int head = heads[slot(h)];
            if (head >= 0) {
                shared.merge(head, 1, Integer::sum);
            }
            for (int e = -2 - head; head < EMPTY && e != EMPTY; e = older[e]) {
                shared.merge(holder[e], 1, Integer::sum);
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        int size = digest.sentences().length;
        for (Map.Entry<Integer, Integer> s : shared.entrySet()) {
            Earlier a = earlier.get(s.getKey());
            TranscriptOverlap.Overlap o = new TranscriptOverlap.Overlap(s.getValue(), Math.min(a.sentences(), size));
            if (o.tooHigh()) {
                out.add(Diagnostic.warning(digest.file(), digest.root(), TranscriptOverlap.NAME,
                        "vignette " + digest.vignetteId() + " shares " + o.shared() + " of " + o.smaller()
                                + " transcript sentences with vignette " + a.vignetteId() + " (" + a.file() + ":"
                                + a.line() + "): write a new exchange rather than swapping names"));
            }
        }
        int index = earlier.size();
        earlier.add(new Earlier(digest.vignetteId(), digest.file(), digest.root().line(), size));
        for (long h : digest.sentences()) {
            add(h, index);
        }
        return out;
    }

    /** A 64-bit hash of a sentence (FNV-1a over its UTF-16 units, then a final avalanche). */
    static long hash(String sentence) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < sentence.length(); i++) {
            h ^= sentence.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private void add(long h, int index) {
        int slot = slot(h);
        int head = heads[slot];
        if (head == EMPTY) {
            keys[slot] = h;
            heads[slot] = index;
            if (++used * 4 > keys.length * 3) {
                grow();
            }
            return;
        }
        int next = head >= 0 ? entry(head, EMPTY) : -2 - head;
        heads[slot] = -2 - entry(index, next);
    }

    /** A new entry for a holder, in front of an older entry (or none). */
    private int entry(int index, int next) {
        if (entries == holder.length) {
            holder = Arrays.copyOf(holder, entries * 2);
            older = Arrays.copyOf(older, entries * 2);
        }
        holder[entries] = index;
        older[entries] = next;
        return entries++;
    }

    /** The slot holding this hash, or the empty slot where it would go. */
    private int slot(long h) {
        int mask = keys.length - 1;
        int i = (int) h & mask;
        while (heads[i] != EMPTY && keys[i] != h) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldHeads = heads;
        keys = new long[oldKeys.length * 2];
        heads = filled(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldHeads[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                heads[slot] = oldHeads[i];
            }
        }
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
