package org.securebase.cli.support;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.securebase.quiz.store.StoreLocation;
import org.securebase.usecase.Workspace;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The options every subcommand inherits from the root command ({@code --db}, {@code --library},
 * {@code --quiet}, {@code --verbose}), as seen by a command.
 *
 * @since 0.1
 */
public interface GlobalOptions {

    /** The store to use: {@code --db}, else {@code SECUREBASE_DB}, else the default file. */
    StoreLocation location();

    /** The libraries given with {@code --library}; empty means the bundled library. */
    List<Path> libraries();

    /** The workspace of {@link #location()}: the store and the signing keys beside it. */
    default Workspace workspace() {
        return new Workspace(location());
    }

    /** The clock of this run: what every command dates its results with. */
    Clock clock();

    /** Standard input of this run, for the commands that read answers. */
    InputStream in();

    /** True with {@code --quiet}. */
    boolean quiet();

    /** True with {@code --verbose}. */
    boolean verbose();

    /** True when progress bars and prompts may be drawn: a terminal, and not quiet. */
    default boolean interactive() {
        return !quiet() && System.console() != null;
    }

    /** The global options behind any command's spec. */
    static GlobalOptions of(CommandSpec spec) {
        return (GlobalOptions) spec.root().userObject();
    }
}
