package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.content.Libraries;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Loaded;

/**
 * What the result commands share: quizzes built from a blueprint of the library or a blueprint
 * file.
 */
final class Session {
    /** The seed used when {@code --seed} is not given. */
    static final long DEFAULT_SEED = 1;

    private Session() {
    }

    /**
     * The quiz a blueprint (an id in the library, or a blueprint .xml file) gives with a seed. A
     * blueprint file is loaded without the library checks, so a blueprint the library cannot
     * satisfy is refused by the engine with its own one-line message.
     */
    static Quiz build(GlobalOptions root, PrintWriter err, String blueprint, long seed) {
        Loaded loaded;
        String id = blueprint;
        if (blueprint.endsWith(".xml")) {
            Path file = Path.of(blueprint);
            if (!Files.isRegularFile(file)) {
                throw new UserError("no such blueprint file: " + blueprint);
            }
            Loaded alone = ContentLoader.standard().load(List.of(file), (done, total) -> { });
            refuseErrors(alone, blueprint);
            if (alone.blueprints().size() != 1) {
                throw new UserError(blueprint + " is not a blueprint file (a <quiz> of urn:securebase:quiz:1)");
            }
            id = alone.blueprints().get(0).id();
            List<Path> paths = new ArrayList<>(root.libraries());
            paths.add(file);
            loaded = Libraries.loadAllowingErrors(paths, root.libraries().isEmpty(), false, root, err);
            refuseErrors(loaded, "the library with " + blueprint);
        } else {
            loaded = Libraries.load(root, err);
        }
        QuizBlueprint b = Libraries.blueprint(loaded, id);
        return Assembly.assemble(b, loaded.library(), seed);
    }

    private static void refuseErrors(Loaded loaded, String what) {
        if (loaded.hasErrors()) {
            StringBuilder msg = new StringBuilder(what + " has " + loaded.summary().errors()
                    + " error(s); fix them first (securebase validate):");
            loaded.diagnostics().stream().filter(Diagnostic::isError).limit(5)
                    .forEach(d -> msg.append(System.lineSeparator()).append("  ").append(d));
            throw new UserError(msg.toString());
        }
    }
}
