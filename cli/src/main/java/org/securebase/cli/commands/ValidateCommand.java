package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.content.Libraries;
import org.securebase.quiz.json.Json;
import org.securebase.quiz.json.JsonText;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.lint.Lint;
import org.securebase.scenarios.load.Checked;
import org.securebase.scenarios.load.ValidationCache;
import org.securebase.scenarios.load.Summary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks vignettes, blueprints and courses: the schema, the model's rules, cross-file checks
 * and pedagogical lint, every problem as {@code path:line:column: error|warning: message}.
 *
 * @since 0.1
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check XML files or folders (default: the bundled library): schema, semantic and cross-file "
                + "checks, and pedagogical lint.",
                "Blueprints are checked against the library when validated with it: the bundled library, "
                        + "a folder holding vignettes and blueprints, or --library."},
        footer = {"", "Exit codes: 0 no errors (and no warnings with --strict), 1 problems found, 2 usage error."})
public final class ValidateCommand implements Callable<Integer> {

    /** Output formats. */
    enum OutputFormat { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "XML files or folders (any depth).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--strict", description = "Warnings fail too (exit 1).")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
    OutputFormat format = OutputFormat.text;

    @Option(names = "--bundled", description = "Load the bundled library too, to check blueprints and courses against it.")
    boolean bundled;

    @Option(names = "--format-only",
            description = "Check each file on its own: no blueprint-against-library checks (for format fixtures).")
    boolean formatOnly;

    @Option(names = "--no-cache", description = "Validate every file again, without using or updating the validation cache.")
    boolean noCache;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Where the validation cache lives (default: "
            + "$SECUREBASE_CACHE_DIR, else $XDG_CACHE_HOME/securebase, else ~/.cache/securebase).")
    Path cacheDir;

    @Option(names = "--cues", description = "Also run the lint rules for test-wiseness cues (key-stands-out, "
            + "absolute-distractor, tick-all-earns, no-spare-match; see docs/item-writing.md); validates without the cache.")
    boolean cues;

    @Override
    public Integer call() {
        GlobalOptions root = GlobalOptions.of(spec);
        List<Path> all = new ArrayList<>(paths);
        all.addAll(root.libraries());
        boolean withLibrary = !formatOnly;
        Lint lint = cues ? Lint.withCues() : Lint.standard();
        Checked loaded = noCache || cues
                ? Libraries.check(all, bundled || all.isEmpty(), withLibrary, lint, root, spec.commandLine().getErr())
                : Libraries.check(all, bundled || all.isEmpty(), withLibrary, root, spec.commandLine().getErr(), cache());
        PrintWriter out = spec.commandLine().getOut();
        if (format == OutputFormat.json) {
            printJson(out, loaded);
        } else {
            for (Diagnostic d : loaded.diagnostics()) {
                out.println(colour(d));
            }
            if (!root.quiet() || loaded.hasErrors()) {
                out.println(loaded.summary());
            }
        }
        out.flush();
        boolean failed = loaded.hasErrors() || strict && loaded.summary().warnings() > 0;
        return failed ? ExitCodes.INPUT : ExitCodes.OK;
    }

    /** The validation cache: in the user's cache folder unless told otherwise, for this program's version. */
    private ValidationCache cache() {
        String env = System.getenv("SECUREBASE_CACHE_DIR");
        Path folder = cacheDir != null ? cacheDir : env != null && !env.isBlank() ? Path.of(env)
                : ValidationCache.userFolder(System.getenv(), Path.of(System.getProperty("user.home")));
        String version;
        try {
            version = String.join(" ", spec.root().versionProvider().getVersion());
        } catch (Exception e) {
            version = "unknown version";
        }
        return ValidationCache.in(folder, version);
    }

    private String colour(Diagnostic d) {
        String text = d.toString();
        String marker = d.isError() ? ": error:" : ": warning:";
        int at = text.indexOf(marker);
        if (at < 0) {
            return text;
        }
        String style = d.isError() ? "red" : "yellow";
        return text.substring(0, at) + ": " + spec.commandLine().getColorScheme()
                .string("@|bold," + style + " " + marker.substring(2) + "|@") + text.substring(at + marker.length());
    }

    private static void printJson(PrintWriter out, Checked loaded) {
        Summary s = loaded.summary();
        Map<String, Json> summary = new LinkedHashMap<>();
        summary.put("files", new Json.Num(s.files()));
        summary.put("vignettes", new Json.Num(s.vignettes()));
        summary.put("questions", new Json.Num(s.questions()));
        summary.put("blueprints", new Json.Num(s.blueprints()));
        summary.put("courses", new Json.Num(s.courses()));
        summary.put("errors", new Json.Num(s.errors()));
        summary.put("warnings", new Json.Num(s.warnings()));
        List<Json> diagnostics = new ArrayList<>();
        for (Diagnostic d : loaded.diagnostics()) {
            Map<String, Json> one = new LinkedHashMap<>();
            one.put("file", new Json.Str(d.file()));
            one.put("line", new Json.Num(d.line()));
            one.put("column", new Json.Num(d.column()));
            one.put("severity", new Json.Str(d.isError() ? "error" : "warning"));
            one.put("rule", d.rule() == null ? new Json.Null() : new Json.Str(d.rule()));
            one.put("message", new Json.Str(d.message()));
            diagnostics.add(new Json.Obj(one));
        }
        Map<String, Json> all = new LinkedHashMap<>();
        all.put("summary", new Json.Obj(summary));
        all.put("diagnostics", new Json.Arr(diagnostics));
        out.println(JsonText.write(new Json.Obj(all)));
    }
}
