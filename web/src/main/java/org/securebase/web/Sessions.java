package org.securebase.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sessions: an id of 128 random bits (the cookie) with its own CSRF token, held in
 * memory. A session starts anonymous when the join page is first shown (so the join form carries
 * a CSRF token too) and is replaced by a new id when a trainee or the instructor signs in, so an
 * id planted before sign-in is worthless afterwards. Anonymous sessions are capped, oldest
 * dropped first, so a flood of page views cannot fill the memory.
 *
 * @since 0.2
 */
final class Sessions {
    private static final int ANONYMOUS_CAP = 4096;

    /** Who a session belongs to. */
    enum Role { ANONYMOUS, TRAINEE, INSTRUCTOR }

    /**
     * One browser session.
     *
     * @param id the cookie value
     * @param csrf the token every state-changing request must carry
     * @param role who it is
     * @param traineeId the trainee, for a trainee session; null otherwise
     */
    record WebSession(String id, String csrf, Role role, String traineeId) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, WebSession> signedIn = new ConcurrentHashMap<>();
    private final Map<String, WebSession> anonymous = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WebSession> eldest) {
            return size() > ANONYMOUS_CAP;
        }
    };

    /** @return a new anonymous session */
    WebSession anonymous() {
        WebSession s = new WebSession(token(), token(), Role.ANONYMOUS, null);
        synchronized (anonymous) {
            anonymous.put(s.id(), s);
        }
        return s;
    }

    /**
     * Signs a browser in, ending the session it had.
     *
     * @param previous the session id the browser had, or null
     * @param role trainee or instructor
     * @param traineeId the trainee, or null for the instructor
     * @return the new session
     */
    WebSession signIn(String previous, Role role, String traineeId) {
        if (previous != null) {
            end(previous);
        }
        WebSession s = new WebSession(token(), token(), role, traineeId);
        signedIn.put(s.id(), s);
        return s;
    }

    /** @return the session with this id, if any */
    Optional<WebSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        WebSession s = signedIn.get(id);
        if (s != null) {
            return Optional.of(s);
        }
        synchronized (anonymous) {
            return Optional.ofNullable(anonymous.get(id));
        }
    }

    void end(String id) {
        signedIn.remove(id);
        synchronized (anonymous) {
            anonymous.remove(id);
        }
    }

    /** @return 128 random bits, URL-safe */
    String token() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
