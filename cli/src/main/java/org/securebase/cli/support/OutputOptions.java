package org.securebase.cli.support;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code -o/--out PATH} and {@code --force} options every command that writes files takes,
 * declared once so that they are spelt, parsed and documented alike: {@link Required} where a
 * command cannot run without an output, {@link WithDefault} where it has somewhere to write
 * anyway. What the path names (a workbook, a folder of certificates) differs by command, so each
 * command's text comes from {@code org/securebase/cli/Options.properties}, keyed by the command's
 * qualified name ({@code securebase.gradebook.out}). Whether an existing output is replaced is
 * decided by the use case that writes it, from {@link #force()}.
 *
 * @since 0.4
 */
public abstract sealed class OutputOptions permits OutputOptions.Required, OutputOptions.WithDefault {
    @Option(names = "--force", descriptionKey = "force", description = "Replace what is already there.")
    boolean force;

    /** @return whether what is already at the output path may be replaced */
    public final boolean force() {
        return force;
    }

    /** {@code --out} that picocli requires. */
    public static final class Required extends OutputOptions {
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "PATH", descriptionKey = "out",
                description = "Where to write.")
        Path out;

        /** @return the path given */
        public Path path() {
            return out;
        }
    }

    /** {@code --out} that may be left out. */
    public static final class WithDefault extends OutputOptions {
        @Option(names = {"-o", "--out"}, paramLabel = "PATH", descriptionKey = "out", description = "Where to write.")
        Path out;

        /** @return the path given with {@code --out}, if one was */
        public java.util.Optional<Path> given() {
            return java.util.Optional.ofNullable(out);
        }

        /**
         * @param fallback where the command writes when no {@code --out} was given
         * @return the path given, or the fallback
         */
        public Path orElse(Path fallback) {
            return out != null ? out : fallback;
        }
    }
}
