package org.securebase.badarch.quiz;

/** Breaks: JAXB only in scenarios. */
public class EngineUsingJaxb {
    public Class<?> jaxb() {
        return jakarta.xml.bind.JAXBContext.class;
    }
}
