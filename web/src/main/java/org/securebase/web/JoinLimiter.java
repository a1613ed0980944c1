package org.securebase.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits join and resume attempts per client address (a sliding window), so nobody on the Wi-Fi
 * can guess join or resume codes by trying many: a classroom behind one address still joins,
 * since the limit counts attempts a minute, not trainees.
 *
 * @since 0.2
 */
final class JoinLimiter {
    private static final int ADDRESSES_KEPT = 4096;
    private final int perMinute;
    private final Map<String, Deque<Instant>> seen = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > ADDRESSES_KEPT;
        }
    };

    /** @param perMinute attempts allowed per address in any minute, at least 1 */
    JoinLimiter(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("join attempts per minute must be at least 1, was " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /**
     * Counts an attempt.
     *
     * @param address the client address
     * @param now the time
     * @return whether it is allowed
     */
    synchronized boolean allow(String address, Instant now) {
        Deque<Instant> times = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
        Instant since = now.minus(Duration.ofMinutes(1));
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.pollFirst();
        }
        if (times.size() >= perMinute) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
