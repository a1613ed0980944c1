package org.securebase.badarch.quiz;

/** Breaks: the engine sees no XML. */
public class EngineParsingXml {
    public Object parser() throws Exception {
        return javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
    }
}
