package org.securebase.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Telling blueprints and courses from vignettes by the first bytes of a file. */
class RootElementTest {

    private static RootElement.Kind of(String head) {
        return RootElement.of(head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTheRootAfterTheDeclarationCommentsAndProcessingInstructions() {
        assertEquals(RootElement.Kind.VIGNETTE, of("\uFEFF<?xml version=\"1.0\"?>\n<!-- a <quiz> in a comment -->\n"
                + "<?xml-model href=\"vignette.xsd\"?>\n<vignette xmlns=\"urn:securebase:vignette:1\" id=\"v\">"));
        assertEquals(RootElement.Kind.BLUEPRINT_OR_COURSE, of("<?xml version=\"1.0\"?><quiz xmlns=\"urn:securebase:quiz:1\">"));
        assertEquals(RootElement.Kind.BLUEPRINT_OR_COURSE, of("<c:course xmlns:c=\"urn:securebase:course:1\">"));
        assertEquals(RootElement.Kind.VIGNETTE, of("<vignette/>"));
    }

    @Test
    void leavesAnythingElseUnknown() {
        assertEquals(RootElement.Kind.UNKNOWN, of(""));
        assertEquals(RootElement.Kind.UNKNOWN, of("not xml"));
        assertEquals(RootElement.Kind.UNKNOWN, of("<!DOCTYPE vignette [<!ENTITY a \"b\">]><vignette/>"));
        assertEquals(RootElement.Kind.UNKNOWN, of("<html>"));
        assertEquals(RootElement.Kind.UNKNOWN, of("<!-- a comment longer than the head never closes"));
        assertEquals(RootElement.Kind.UNKNOWN, of("<vignet"));
    }
}
