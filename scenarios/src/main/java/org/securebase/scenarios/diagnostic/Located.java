package org.securebase.scenarios.diagnostic;

import java.util.Objects;

/**
 * A model value together with the file it was read from and where its parts were written, so
 * cross-file checks can report at the right place.
 *
 * @param <T> the model type (a vignette, blueprint or course)
 * @param value the model value
 * @param file the file as the user named it
 * @param source where its parts were written
 * @since 0.1
 */
public record Located<T>(T value, String file, SourceMap source) {

    /** Requires all three. */
    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(source, "source");
    }

    /** An error at a part of this value. */
    public Diagnostic error(String key, String message) {
        return Diagnostic.error(file, source.at(key), message);
    }

    /** An error at the root element. */
    public Diagnostic error(String message) {
        return Diagnostic.error(file, source.root(), message);
    }
}
