package org.securebase.cli.commands;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.OutputOptions;
import org.securebase.cli.support.UserError;
import org.securebase.usecase.OutputFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes a valid, commented vignette, blueprint or course to start from, so an author never
 * begins from an empty file.
 *
 * @since 0.1
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a valid, commented template: a vignette, a quiz blueprint or a course.")
public final class NewCommand implements Callable<Integer> {
    /** What can be created. */
    enum Kind { vignette, quiz, course }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "One of: ${COMPLETION-CANDIDATES}.")
    Kind kind;

    @Parameters(index = "1", paramLabel = "ID", description = "The id of the new file (lower case, digits, '-').")
    String id;

    @Mixin
    OutputOptions.WithDefault output;

    @Override
    public Integer call() throws IOException {
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new UserError("the id must be lower-case letters, digits and '-', starting with a letter or digit, was '" + id + "'");
        }
        String template;
        try (InputStream in = NewCommand.class.getResourceAsStream("/org/securebase/cli/templates/" + kind + ".xml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String text = template.replace("${ID}", id);
        Path target = output.orElse(Path.of(id + ".xml"));
        Path written = OutputFiles.writeFile(target, output.force(), p -> Files.writeString(p, text, StandardCharsets.UTF_8));
        spec.commandLine().getOut().println("wrote " + written + "; check it with: securebase validate " + target);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
