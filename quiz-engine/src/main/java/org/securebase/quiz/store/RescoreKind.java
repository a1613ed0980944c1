package org.securebase.quiz.store;

import java.util.Locale;
import org.securebase.model.ModelException;

/**
 * What a rescore changed about one question after attempts were scored.
 *
 * @since 0.1
 */
public enum RescoreKind {
    /** The question no longer counts. */
    VOID,
    /** The question's key (its correct answer) was changed. */
    REKEY;

    /** @return the name stored in the database */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param code a stored name such as {@code void}
     * @return the kind with that name
     */
    public static RescoreKind ofCode(String code) {
        for (RescoreKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new ModelException("rescore kind must be void or rekey, was '" + code + "'");
    }
}
