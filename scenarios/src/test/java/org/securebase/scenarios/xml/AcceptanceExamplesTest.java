package org.securebase.scenarios.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class AcceptanceExamplesTest {

    static FileContent read(String resource) throws IOException {
        try (InputStream in = AcceptanceExamplesTest.class.getResourceAsStream(resource)) {
            return XmlContent.standard().read(resource, in);
        }
    }

    @Test
    void smoke() throws IOException {
        for (String f : new String[] {"/formats/vignette-example.xml", "/formats/quiz-example.xml", "/formats/course-example.xml"}) {
            FileContent c = read(f);
            System.out.println(c);
            assertEquals(0, c.diagnostics().size());
        }
        assertInstanceOf(FileContent.VignetteFile.class, read("/formats/vignette-example.xml"));
    }
}
