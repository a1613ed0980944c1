package org.securebase.web;

import java.time.Instant;
import java.util.Optional;

/**
 * How a workshop is served: where, to whom, and until when joining is open.
 *
 * @param bind the address to listen on
 * @param advertised the host trainees open, or null for {@code bind} (needed when binding every interface)
 * @param port the port, 0 for any free one
 * @param roster who may join, or null for anyone with the join code
 * @param joinsCloseAt when joining closes by itself, or null for never (the dashboard can close it)
 * @param joinsPerMinute join and resume attempts allowed per client address a minute
 * @since 0.2
 */
public record Workshop(String bind, String advertised, int port, Roster roster, Instant joinsCloseAt, int joinsPerMinute) {
    /** Requires an address and a port in range. */
    public Workshop {
        if (bind == null || bind.isBlank()) {
            throw new IllegalArgumentException("a workshop needs an address to listen on");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
        }
        if (joinsPerMinute < 1) {
            throw new IllegalArgumentException("join attempts per minute must be at least 1, was " + joinsPerMinute);
        }
    }

    /** @return the host name or address to put in the address trainees open */
    public String host() {
        return advertised != null ? advertised : bind;
    }

    /** @return the roster, if there is one */
    public Optional<Roster> rosterIfAny() {
        return Optional.ofNullable(roster);
    }
}
