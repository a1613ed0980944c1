package org.securebase.scenarios.xml.interchange.qti;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Runs the response processing of an item the way a QTI 2.1 delivery engine would, for the
 * operators the writer uses: the test's stand-in for a real player. Values are Double, String,
 * List of String (multiple or ordered) or null.
 */
final class ResponseProcessing {
    private final Element item;
    private final String cardinality;
    private final List<String> correct = new ArrayList<>();
    private final Map<String, Double> mapping = new HashMap<>();
    private double lower = Double.NEGATIVE_INFINITY;
    private double upper = Double.POSITIVE_INFINITY;
    private double defaultMapped;
    private final Map<String, Object> outcomes = new HashMap<>();
    private Object response;

    ResponseProcessing(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        item = doc.getDocumentElement();
        Element declaration = child(item, "responseDeclaration");
        cardinality = declaration.getAttribute("cardinality");
        for (Element v : children(child(declaration, "correctResponse"), "value")) {
            correct.add(v.getTextContent());
        }
        Element map = child(declaration, "mapping");
        if (map != null) {
            lower = map.hasAttribute("lowerBound") ? Double.parseDouble(map.getAttribute("lowerBound")) : lower;
            upper = map.hasAttribute("upperBound") ? Double.parseDouble(map.getAttribute("upperBound")) : upper;
            defaultMapped = Double.parseDouble(map.getAttribute("defaultValue"));
            for (Element e : children(map, "mapEntry")) {
                mapping.put(e.getAttribute("mapKey"), Double.parseDouble(e.getAttribute("mappedValue")));
            }
        }
    }

    /** The item's outcomes after processing this response (a String, a List of String, or null for none). */
    Map<String, Object> run(Object candidate) {
        outcomes.clear();
        for (Element o : children(item, "outcomeDeclaration")) {
            Element d = child(o, "defaultValue");
            Object value = d == null ? null : number(child(d, "value").getTextContent());
            outcomes.put(o.getAttribute("identifier"), value);
        }
        response = candidate;
        rules(child(item, "responseProcessing"));
        return outcomes;
    }

    private void rules(Element parent) {
        for (Element rule : elements(parent)) {
            rule(rule);
        }
    }

    private void rule(Element rule) {
        switch (rule.getLocalName() == null ? rule.getTagName() : rule.getLocalName()) {
            case "setOutcomeValue" -> outcomes.put(rule.getAttribute("identifier"), eval(elements(rule).get(0)));
            case "responseCondition" -> {
                for (Element branch : elements(rule)) {
                    String name = branch.getTagName();
                    if (name.equals("responseElse")) {
                        rules(branch);
                        return;
                    }
                    List<Element> parts = elements(branch);
                    if (Boolean.TRUE.equals(eval(parts.get(0)))) {
                        parts.subList(1, parts.size()).forEach(this::rule);
                        return;
                    }
                }
            }
            default -> throw new IllegalArgumentException("rule " + rule.getTagName() + " is not supported by the test engine");
        }
    }

    private Object eval(Element e) {
        List<Element> args = elements(e);
        switch (e.getTagName()) {
            case "variable":
                String id = e.getAttribute("identifier");
                return id.equals("RESPONSE") ? response : outcomes.get(id);
            case "correct":
                return cardinality.equals("single") ? correct.get(0) : correct;
            case "baseValue":
                return e.getAttribute("baseType").equals("identifier") ? e.getTextContent() : number(e.getTextContent());
            case "match":
                return match(eval(args.get(0)), eval(args.get(1)));
            case "mapResponse":
                return mapResponse();
            case "index":
                Object container = eval(args.get(0));
                int n = Integer.parseInt(e.getAttribute("n"));
                return container instanceof List<?> l && n <= l.size() ? l.get(n - 1) : null;
            case "and":
                return args.stream().allMatch(a -> Boolean.TRUE.equals(eval(a)));
            case "or":
                return args.stream().anyMatch(a -> Boolean.TRUE.equals(eval(a)));
            case "sum":
                return args.stream().mapToDouble(a -> (Double) eval(a)).sum();
            case "product":
                return args.stream().mapToDouble(a -> (Double) eval(a)).reduce(1, (a, b) -> a * b);
            case "divide":
                return (Double) eval(args.get(0)) / (Double) eval(args.get(1));
            default:
                throw new IllegalArgumentException("expression " + e.getTagName() + " is not supported by the test engine");
        }
    }

    private Object match(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (cardinality.equals("multiple") && a instanceof List<?> x && b instanceof List<?> y) {
            return new LinkedHashSet<>(x).equals(new LinkedHashSet<>(y)) && x.size() == y.size();
        }
        return Objects.equals(a, b);
    }

    private Object mapResponse() {
        if (response == null) {
            return Math.max(lower, 0.0);
        }
        List<?> values = response instanceof List<?> l ? l : List.of(response);
        double total = 0;
        for (Object v : new LinkedHashSet<>(values)) {
            total += mapping.getOrDefault((String) v, defaultMapped);
        }
        return Math.min(upper, Math.max(lower, total));
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        return elements(parent).stream().filter(e -> e.getTagName().equals(name)).toList();
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
