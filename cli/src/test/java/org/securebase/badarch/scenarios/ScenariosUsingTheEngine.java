package org.securebase.badarch.scenarios;

/** Breaks: scenarios depends on model and XML only. */
public class ScenariosUsingTheEngine {
    public Object engine() {
        return new org.securebase.badarch.quiz.EngineParsingXml();
    }
}
