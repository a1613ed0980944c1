package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.OutputOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every command that writes files takes {@code --out} and {@code --force} from the one mixin, each with its own text. */
class OutputOptionsTest {
    private static final List<String> WRITERS = List.of("securebase bench generate library", "securebase certificates",
            "securebase demo", "securebase export moodle", "securebase export qti", "securebase gradebook",
            "securebase handouts", "securebase import moodle", "securebase keys export", "securebase keys revocations",
            "securebase new", "securebase report", "securebase trainee export");

    private static Map<String, CommandSpec> commands() {
        Map<String, CommandSpec> all = new TreeMap<>();
        List<CommandLine> todo = new ArrayList<>(List.of(SecureBase.commandLine(Clock.systemUTC(),
                new ByteArrayInputStream(new byte[0]))));
        while (!todo.isEmpty()) {
            CommandLine c = todo.remove(0);
            all.put(c.getCommandSpec().qualifiedName(), c.getCommandSpec());
            todo.addAll(c.getSubcommands().values());
        }
        return all;
    }

    /** Whether the command, directly or through a mixin of its own, mixes in OutputOptions for both options. */
    private static boolean mixesInOutputOptions(CommandSpec spec) {
        return spec.mixins().values().stream().anyMatch(m -> m.userObject() instanceof OutputOptions
                ? m.findOption("--out") != null && m.findOption("--force") != null
                : mixesInOutputOptions(m));
    }

    @Test
    void everyOutAndForceOptionComesFromTheMixin() {
        List<String> writers = new ArrayList<>();
        commands().forEach((name, spec) -> {
            OptionSpec out = spec.findOption("--out");
            OptionSpec force = spec.findOption("--force");
            if (out == null && force == null) {
                return;
            }
            writers.add(name);
            assertTrue(mixesInOutputOptions(spec), name + " declares --out or --force itself instead of mixing in OutputOptions");
        });
        assertEquals(WRITERS, writers);
    }

    @Test
    void eachWriterSaysWhatItsOutIs() {
        commands().forEach((name, spec) -> {
            OptionSpec out = spec.findOption("--out");
            if (out != null) {
                String text = String.join(" ", out.description());
                assertNotEquals("Where to write.", text, name + " has no text in Options.properties");
                assertNotEquals("Replace what is already there.", String.join(" ", spec.findOption("--force").description()),
                        name + " has no --force text in Options.properties");
            }
        });
    }

    @Test
    void aRequiredOutIsAUsageErrorWhenMissing() {
        Cli.Run r = Cli.run("gradebook", "--quiz", "q");
        assertEquals(ExitCodes.USAGE, r.code(), r.all());
        assertTrue(r.err().contains("Missing required option: '--out=PATH'"), r.all());
    }
}
