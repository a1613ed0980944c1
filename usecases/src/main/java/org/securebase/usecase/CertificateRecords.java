package org.securebase.usecase;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.export.verification.RevocationList;
import org.securebase.export.verification.Revocations;
import org.securebase.export.verification.SigningKey;
import org.securebase.quiz.store.Certificate;
import org.securebase.quiz.store.FrozenQuiz;
import org.securebase.quiz.store.StandingCertificate;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.RevokedCertificate;

/**
 * The store's record of issued certificates: looked up by number to verify a paper one, and
 * revoked, with a reason kept as the audit record, when one must no longer stand.
 *
 * @since 0.3
 */
public final class CertificateRecords {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store, which must exist
     * @param clock the time of a revocation
     */
    public CertificateRecords(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * A certificate as the store records it.
     *
     * @param number its number
     * @param lookupCode the short code printed on it
     * @param issuedAt when it was issued
     * @param fields the signed fields, in their canonical text form
     * @param revokedAt when it was revoked; null while it stands
     * @param revocationReason why it was revoked; null while it stands
     * @param erasedAt when its trainee was erased at their request (its fields are gone); null when not
     */
    public record Recorded(String number, String lookupCode, Instant issuedAt, String fields, Instant revokedAt,
            String revocationReason, Instant erasedAt) {
        /** @return whether it was revoked */
        public boolean revoked() {
            return revokedAt != null;
        }

        /** @return whether its trainee was erased, so the store no longer holds what was printed */
        public boolean erased() {
            return erasedAt != null;
        }
    }

    /**
     * @param number a certificate number
     * @return the certificate, standing or revoked, or empty when the store has none by that number
     */
    public Optional<Recorded> find(String number) {
        try (ResultStore store = workspace.openExisting()) {
            return store.certificate(number).map(c -> recorded(c,
                    store.erasure(c.traineeId()).map(org.securebase.quiz.store.Erasure::erasedAt).orElse(null)));
        }
    }

    /**
     * Revokes a certificate, recording when and why.
     *
     * @param number the certificate number
     * @param reason why it no longer stands
     * @return the certificate as revoked
     * @throws org.securebase.quiz.store.StoreException (refused) when it is unknown or already revoked
     */
    public Recorded revoke(String number, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new Refusal("give the reason for revoking certificate " + number + " with --reason TEXT");
        }
        try (ResultStore store = workspace.openExisting()) {
            RevokedCertificate revoked = store.revokeCertificate(number, reason.strip(), clock.instant());
            return recorded(revoked, store.erasure(revoked.traineeId())
                    .map(org.securebase.quiz.store.Erasure::erasedAt).orElse(null));
        }
    }

    private static Recorded recorded(Certificate c, Instant erasedAt) {
        if (c instanceof RevokedCertificate r) {
            StandingCertificate i = r.issued();
            return new Recorded(i.number(), i.lookupCode(), i.issuedAt(), i.fields(), r.revokedAt(), r.reason(),
                    erasedAt);
        }
        StandingCertificate i = (StandingCertificate) c;
        return new Recorded(i.number(), i.lookupCode(), i.issuedAt(), i.fields(), null, null, erasedAt);
    }

    /**
     * The store's revocations, to check a certificate file against (verify FILE --db). A
     * certificate the store never issued is refused: only the sponsor's published list can speak
     * for it.
     *
     * @return the revocations as the store records them, read while the check runs
     */
    public Revocations revocations() {
        Object database = workspace.location();
        return new Revocations() {
            @Override
            public Optional<RevocationList.Entry> revocation(String number) {
                Certificate found;
                try (ResultStore store = workspace.openExisting()) {
                    found = store.certificate(number).orElseThrow(() -> new Refusal("the store " + database
                            + " holds no certificate " + number
                            + ": it was not issued from this store; check it against the sponsor's revocation list instead"));
                }
                return found instanceof RevokedCertificate r
                        ? Optional.of(new RevocationList.Entry(number, r.revokedAt(), r.reason()))
                        : Optional.empty();
            }

            @Override
            public String source() {
                return "the store " + database;
            }
        };
    }

    /**
     * The revocation list to publish beside the public key: every revoked certificate in the
     * store, signed with the sponsor's key.
     *
     * @return the list written, with how many it names and the key that signed it
     */
    public PublishedList revocationList() {
        SigningKey key = workspace.signingKey();
        List<RevocationList.Entry> entries = new ArrayList<>();
        try (ResultStore store = workspace.openExisting()) {
            for (FrozenQuiz quiz : store.quizzes()) {
                for (Certificate c : store.certificatesOfQuiz(quiz.id())) {
                    if (c instanceof RevokedCertificate r) {
                        entries.add(new RevocationList.Entry(r.number(), r.revokedAt(), r.reason()));
                    }
                }
            }
        }
        String keyId = key.verifyingKey().keyId();
        return new PublishedList(new RevocationList(keyId, clock.instant(), entries).write(key), entries.size(), keyId);
    }

    /**
     * A signed revocation list.
     *
     * @param bytes the list as written
     * @param revoked how many certificates it names
     * @param keyId the id of the key that signed it
     */
    public record PublishedList(byte[] bytes, int revoked, String keyId) {
        /** Checks the parts. */
        public PublishedList {
            Checks.present(bytes, "list");
            Checks.present(keyId, "key id");
        }
    }
}
