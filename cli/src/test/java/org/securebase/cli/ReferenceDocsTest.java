package org.securebase.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The command reference (one AsciiDoc man page per command) and the bash completion script in
 * {@code docs/reference} are generated from the picocli model; this test fails when they are out
 * of date. Regenerate with
 * {@code mvn -pl cli -am verify -Dtest=ReferenceDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dsecurebase.writeReference=true}.
 */
class ReferenceDocsTest {
    static final Path REFERENCE = Path.of("..", "docs", "reference");

    static Map<Path, String> generated() {
        Map<Path, String> files = new LinkedHashMap<>();
        CommandLine root = SecureBase.commandLine();
        root.getCommandSpec().version("securebase");
        List<CommandLine> all = new ArrayList<>();
        collect(root, all);
        for (CommandLine cl : all) {
            StringWriter page = new StringWriter();
            try (PrintWriter pw = new PrintWriter(page)) {
                ManPageGenerator.writeSingleManPage(pw, cl.getCommandSpec());
            }
            String name = cl.getCommandSpec().qualifiedName("-");
            files.put(REFERENCE.resolve(name + ".adoc"), page.toString().replace("\r\n", "\n"));
        }
        files.put(REFERENCE.resolve("securebase_completion.bash"), AutoComplete.bash("securebase", root));
        return files;
    }

    private static void collect(CommandLine cl, List<CommandLine> all) {
        if (cl.getCommandSpec().usageMessage().hidden() || "help".equals(cl.getCommandName()) && cl.getParent() != null) {
            return;
        }
        all.add(cl);
        cl.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, all));
    }

    @Test
    void commandReferenceAndCompletionAreCurrent() throws IOException {
        Map<Path, String> files = generated();
        if (Boolean.getBoolean("securebase.writeReference")) {
            Files.createDirectories(REFERENCE);
            try (Stream<Path> old = Files.list(REFERENCE)) {
                for (Path p : old.filter(p -> !files.containsKey(p)).toList()) {
                    Files.delete(p);
                }
            }
            for (Map.Entry<Path, String> e : files.entrySet()) {
                Files.writeString(e.getKey(), e.getValue(), StandardCharsets.UTF_8);
            }
        }
        for (Map.Entry<Path, String> e : files.entrySet()) {
            assertTrue(Files.exists(e.getKey()), e.getKey() + " is missing: regenerate docs/reference (see this test's Javadoc)");
            assertEquals(e.getValue(), Files.readString(e.getKey(), StandardCharsets.UTF_8),
                    e.getKey() + " is out of date: regenerate docs/reference (see this test's Javadoc)");
        }
        try (Stream<Path> present = Files.list(REFERENCE)) {
            assertEquals(files.size(), present.count(), "docs/reference holds a page for a command that no longer exists");
        }
    }
}
