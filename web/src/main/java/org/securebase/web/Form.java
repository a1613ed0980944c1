package org.securebase.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A posted form, already bounded in size and field count, with the checks every handler needs:
 * only known fields, at most one value where one is expected.
 *
 * @param fields the fields by name
 * @since 0.2
 */
record Form(Map<String, List<String>> fields) {
    /** Copies the fields. */
    Form {
        fields = Map.copyOf(fields);
    }

    /**
     * Refuses a form with a field not in the set.
     *
     * @param allowed the fields the handler reads
     * @return this form
     */
    Form only(Set<String> allowed) {
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) {
                throw HttpRefusal.badRequest("The form holds a field this page does not have.");
            }
        }
        return this;
    }

    /** @return the one value of a field, or empty when absent or blank */
    String one(String name) {
        List<String> v = fields.getOrDefault(name, List.of());
        if (v.size() > 1) {
            throw HttpRefusal.badRequest("The form gives a field twice.");
        }
        return v.isEmpty() ? "" : v.get(0).strip();
    }

    /** @return the one value of a field exactly as sent (not stripped), or empty when absent: for written answers */
    String text(String name) {
        List<String> v = fields.getOrDefault(name, List.of());
        if (v.size() > 1) {
            throw HttpRefusal.badRequest("The form gives a field twice.");
        }
        return v.isEmpty() ? "" : v.get(0);
    }

    /** @return every value of a field */
    List<String> all(String name) {
        return fields.getOrDefault(name, List.of());
    }

    /** @return the field names */
    Set<String> names() {
        return fields.keySet();
    }
}
