package org.securebase.usecase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.securebase.model.Checks;
import org.securebase.quiz.importing.ImportOutcome;
import org.securebase.quiz.importing.ResponseImport;
import org.securebase.quiz.store.ResultStore;

/**
 * Imports a response sheet collected on paper or in a spreadsheet (docs/import.md): every
 * attempt of the file or, with every bad row reported by line, none. The file is streamed: a
 * large sheet needs little memory.
 *
 * @since 0.3
 */
public final class ImportResponses {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store, created when it does not exist yet
     * @param clock the submission time of rows that give none
     */
    public ImportResponses(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * @param file the response sheet (UTF-8 CSV)
     * @param quizId the quiz it answers, which must be stored
     * @return what was imported, or every problem
     * @throws IOException when the file cannot be read
     * @throws Refusal when the file does not exist
     */
    public ImportOutcome run(Path file, String quizId) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new Refusal("no such file: " + file);
        }
        try (ResultStore store = workspace.open()) {
            return new ResponseImport(store, clock).run(quizId, file);
        }
    }
}
