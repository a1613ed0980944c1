package org.securebase.scenarios.xml;

import java.util.ArrayList;
import java.util.List;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.diagnostic.Severity;
import org.xml.sax.Locator;

/** The problems found in one file so far, in the order found. */
final class Problems {
    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    static Position position(Locator at) {
        return at == null ? Position.UNKNOWN
                : new Position(Math.max(0, at.getLineNumber()), Math.max(0, at.getColumnNumber()));
    }

    void error(Position at, String message) {
        found.add(Diagnostic.error(file, at, message));
    }

    void error(Locator at, String message) {
        error(position(at), message);
    }

    void warning(Locator at, String message) {
        Position p = position(at);
        found.add(new Diagnostic(file, p.line(), p.column(), Severity.WARNING, null, message));
    }

    boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    int errorCount() {
        return (int) found.stream().filter(Diagnostic::isError).count();
    }

    List<Diagnostic> all() {
        return List.copyOf(found);
    }
}
