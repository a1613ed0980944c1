package org.securebase.quiz.store;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * A full check of the store file: SQLite's {@code PRAGMA integrity_check} over every page, and
 * the store's own bookkeeping (foreign keys, and row counts against the numbers the store hands
 * out: attempt and rescore ids run 1, 2, … and each trainee's attempts at a quiz are numbered
 * 1, 2, …; the store never deletes, so a gap means lost rows).
 *
 * @param integrity SQLite's verdict on the pages
 * @param bookkeeping what disagrees with the store's own numbers, one line each; empty when all agree
 * @param attempts how many attempts the store holds
 * @since 0.2
 */
public record StoreHealth(IntegrityVerdict integrity, List<String> bookkeeping, long attempts) {

    /** Copies the lines; requires a verdict and a non-negative count. */
    public StoreHealth {
        Checks.present(integrity, "integrity verdict");
        bookkeeping = Checks.list(bookkeeping, "bookkeeping problems");
        if (attempts < 0) {
            throw new ModelException("attempts must be ≥ 0, was " + attempts);
        }
    }

    /** @return whether every page is sound and every count agrees */
    public boolean isSound() {
        return integrity.isOk() && bookkeeping.isEmpty();
    }

    /** @return SQLite's problems (when it found any), then the bookkeeping's */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!integrity.isOk()) {
            out.addAll(integrity.lines());
        }
        out.addAll(bookkeeping);
        return out;
    }
}
