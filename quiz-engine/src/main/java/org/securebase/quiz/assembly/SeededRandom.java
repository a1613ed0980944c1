package org.securebase.quiz.assembly;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The engine's only source of chance: SplitMix64 (Steele, Lea and Flood, "Fast splittable
 * pseudorandom number generators", OOPSLA 2014), written out here so that a seed gives the same
 * sequence on every JDK and machine. {@code java.util.Random} and {@code SplittableRandom} are not
 * used because their algorithms are not part of the contract this project can pin.
 *
 * <p>Sub-streams (one per section, one per variant) are seeded with {@link #mix(long, long)} of a
 * parent seed and a 64-bit FNV-1a hash of a label ({@link #hash(String)}), so adding a section or a
 * trainee never changes another one's draw or order. Not for security.
 *
 * @since 0.1
 */
public final class SeededRandom {
    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private long state;

    /** A generator starting from this seed. */
    public SeededRandom(long seed) {
        this.state = seed;
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return finish(state);
    }

    /** A uniform number in {@code [0, bound)}, by rejection so that no value is favoured. */
    public int nextInt(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound must be ≥ 1, was " + bound);
        }
        while (true) {
            long bits = nextLong() >>> 1;
            long value = bits % bound;
            if (bits - value + (bound - 1) >= 0) {
                return (int) value;
            }
        }
    }

    /** Shuffles a list in place (Fisher–Yates, from the last element down). */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /** SplitMix64's output function (a variant of MurmurHash3's finaliser). */
    public static long finish(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A seed for a sub-stream: the parent seed and a label hash, mixed. */
    public static long mix(long seed, long label) {
        return finish(finish(seed) ^ label);
    }

    /** The 64-bit FNV-1a hash of a label's UTF-8 bytes. */
    public static long hash(String label) {
        long h = FNV_OFFSET;
        for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }
}
