package org.securebase.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.securebase.scenarios.xml.ContentWriter;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;

/** Reading one vignette file: secure parse, schema validation, binding and mapping to the model. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ContentBenchmark {
    private List<byte[]> files;
    private XmlContent reader;
    private int next;

    /** 64 different generated vignette files, in memory, and the reader with its schemas loaded. */
    @Setup
    public void setUp() {
        files = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            files.add(ContentWriter.write(Inputs.generator().vignette(i)).getBytes(StandardCharsets.UTF_8));
        }
        reader = XmlContent.standard();
    }

    /** Loads and validates one vignette file. */
    @Benchmark
    public FileContent loadAndValidateOneVignette() {
        int i = next++;
        FileContent c = reader.read("v" + (i & 63) + ".xml", new ByteArrayInputStream(Inputs.cycle(files, i)));
        if (!c.diagnostics().isEmpty()) {
            throw new IllegalStateException("a generated file did not validate: " + c.diagnostics());
        }
        return c;
    }
}
