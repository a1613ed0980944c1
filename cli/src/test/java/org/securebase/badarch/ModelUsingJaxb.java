package org.securebase.badarch;

/** Outside every module: breaks "JAXB only in scenarios" from the root package. */
public class ModelUsingJaxb {
    public Class<?> context() {
        return jakarta.xml.bind.JAXBContext.class;
    }
}
