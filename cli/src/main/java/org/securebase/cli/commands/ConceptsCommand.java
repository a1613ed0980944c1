package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.Paragraphs;
import org.securebase.model.DomainException;
import org.securebase.model.concept.Concept;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptPattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints the concept catalogue grouped, with definitions: the vocabulary instructors tag
 * their questions with.
 *
 * @since 0.1
 */
@Command(name = "concepts", mixinStandardHelpOptions = true,
        description = "Print the attachment concept catalogue, grouped, with definitions.")
public final class ConceptsCommand implements Callable<Integer> {
    private static final int WIDTH = 100;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATTERN",
            description = "Only concepts matching these ids or patterns (e.g. 'style.*', 'eft.step.3').")
    List<String> patterns = List.of();

    @Option(names = "--ids", description = "Print only the ids, one per line (for scripts and editors).")
    boolean idsOnly;

    @Override
    public Integer call() {
        ConceptCatalogue catalogue = ConceptCatalogue.standard();
        List<ConceptPattern> wanted;
        try {
            wanted = patterns.stream().map(ConceptPattern::of).toList();
        } catch (DomainException e) {
            throw new UserError(e.getMessage() + " (try 'style.*' or 'eft.step.3')", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        int shown = 0;
        for (Map.Entry<ConceptGroup, List<Concept>> group : catalogue.byGroup().entrySet()) {
            List<Concept> concepts = group.getValue().stream()
                    .filter(c -> wanted.isEmpty() || wanted.stream().anyMatch(p -> p.matches(c.id())))
                    .toList();
            if (concepts.isEmpty()) {
                continue;
            }
            if (!idsOnly) {
                out.println(spec.commandLine().getColorScheme().string(
                        "@|bold " + group.getKey().title() + " (" + group.getKey().key() + ".*)|@"));
            }
            for (Concept c : concepts) {
                shown++;
                if (idsOnly) {
                    out.println(c.id());
                    continue;
                }
                out.println("  " + c.id() + "  " + c.displayName());
                out.print(Paragraphs.indented(c.definition(), 6, WIDTH));
            }
            if (!idsOnly) {
                out.println();
            }
        }
        if (shown == 0) {
            List<String> near = patterns.stream()
                    .flatMap(p -> catalogue.suggest(p).stream().map(Object::toString)).distinct().toList();
            throw new UserError("no concept matches " + String.join(" ", patterns)
                    + (near.isEmpty() ? "; run 'securebase concepts' for the list" : "; did you mean " + String.join(" or ", near) + "?"));
        }
        if (!idsOnly) {
            out.println(shown + " concepts. Use them in XML as concepts=\"id id ...\"; patterns like 'eft.*' select groups in blueprints.");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
