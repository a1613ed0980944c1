package org.securebase.cli.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One name, one meaning: the top-level types that share a simple name with another, so code
 * never needs a fully qualified name to tell two types apart. Nested types are named through
 * their owner ({@code IssueCertificates.Request}) and do not count.
 */
final class SimpleNames {
    private SimpleNames() {
    }

    /** @return every simple name two or more top-level types share, with their full names */
    static Map<String, List<String>> shared(JavaClasses classes) {
        return classes.stream()
                .filter(c -> c.getEnclosingClass().isEmpty() && !c.getSimpleName().equals("package-info")
                        && !c.getSimpleName().isEmpty())
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, TreeMap::new,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
    }
}
