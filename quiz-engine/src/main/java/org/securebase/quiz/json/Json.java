package org.securebase.quiz.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as the engine writes and reads it: objects keep their keys in insertion order so
 * that the written text is canonical (the same content always gives the same bytes), and numbers
 * are whole numbers only (the engine stores no fractions).
 *
 * @since 0.1
 */
public sealed interface Json permits Json.Obj, Json.Arr, Json.Str, Json.Num, Json.Dec, Json.Bool, Json.Null {

    /** An object whose keys keep the order they were put in. */
    record Obj(Map<String, Json> members) implements Json {
        /** Copies the members, keeping their order. */
        public Obj {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        /** The member with this key; fails naming the key when it is absent. */
        public Json get(String key) {
            Json v = members.get(key);
            if (v == null) {
                throw new JsonException("expected the member '" + key + "' in an object with " + members.keySet());
            }
            return v;
        }

        /** The member with this key, or null (JSON null or absent) for an optional part. */
        public Json optional(String key) {
            Json v = members.get(key);
            return v instanceof Null ? null : v;
        }

        /** A string member. */
        public String str(String key) {
            return get(key).asString(key);
        }

        /** An optional string member, null when absent or null. */
        public String optStr(String key) {
            Json v = optional(key);
            return v == null ? null : v.asString(key);
        }

        /** A whole-number member. */
        public long num(String key) {
            return get(key).asLong(key);
        }

        /** An int member that must fit an int. */
        public int integer(String key) {
            long v = num(key);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new JsonException("member '" + key + "' must fit a 32-bit integer, was " + v);
            }
            return (int) v;
        }

        /** An optional int member, null when absent or null. */
        public Integer optInteger(String key) {
            return optional(key) == null ? null : integer(key);
        }

        /** A boolean member. */
        public boolean bool(String key) {
            Json v = get(key);
            if (v instanceof Bool b) {
                return b.value();
            }
            throw new JsonException("member '" + key + "' must be true or false, was " + JsonText.write(v));
        }

        /** An array member. */
        public List<Json> arr(String key) {
            return get(key).asArray(key);
        }

        /** An object member. */
        public Obj obj(String key) {
            return get(key).asObject(key);
        }
    }

    /** An array. */
    record Arr(List<Json> items) implements Json {
        /** Copies the items. */
        public Arr {
            items = List.copyOf(items);
        }
    }

    /** A string. */
    record Str(String value) implements Json {
        /** Requires a value. */
        public Str {
            if (value == null) {
                throw new JsonException("a JSON string cannot be null; use Json.NULL");
            }
        }
    }

    /** A whole number. */
    record Num(long value) implements Json {
    }

    /**
     * A number with a fraction, for reports (the canonical content forms hold whole numbers only,
     * and {@link JsonText#parse} never makes one).
     *
     * @param value finite
     * @since 0.3
     */
    record Dec(double value) implements Json {
        /** Rejects NaN and infinities, which JSON cannot write. */
        public Dec {
            if (!Double.isFinite(value)) {
                throw new JsonException("a JSON number must be finite, was " + value);
            }
        }
    }

    /** true or false. */
    record Bool(boolean value) implements Json {
    }

    /** JSON null. */
    record Null() implements Json {
    }

    /** The one null value. */
    Null NULL = new Null();

    /** This value as a string; fails naming what it was for. */
    default String asString(String what) {
        if (this instanceof Str s) {
            return s.value();
        }
        throw new JsonException(what + " must be a string, was " + JsonText.write(this));
    }

    /** This value as a whole number. */
    default long asLong(String what) {
        if (this instanceof Num n) {
            return n.value();
        }
        throw new JsonException(what + " must be a whole number, was " + JsonText.write(this));
    }

    /** This value as an int. */
    default int asInt(String what) {
        long v = asLong(what);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new JsonException(what + " must fit a 32-bit integer, was " + v);
        }
        return (int) v;
    }

    /** This value as an array. */
    default List<Json> asArray(String what) {
        if (this instanceof Arr a) {
            return a.items();
        }
        throw new JsonException(what + " must be an array, was " + JsonText.write(this));
    }

    /** This value as an object. */
    default Obj asObject(String what) {
        if (this instanceof Obj o) {
            return o;
        }
        throw new JsonException(what + " must be an object, was " + JsonText.write(this));
    }

    /** A string value, or JSON null for a null string. */
    static Json of(String value) {
        return value == null ? NULL : new Str(value);
    }

    /** A number value. */
    static Json of(long value) {
        return new Num(value);
    }

    /** A number value, or JSON null. */
    static Json of(Integer value) {
        return value == null ? NULL : new Num(value);
    }

    /** A boolean value. */
    static Json of(boolean value) {
        return new Bool(value);
    }

    /** An array of strings. */
    static Json strings(List<String> values) {
        List<Json> items = new ArrayList<>();
        values.forEach(v -> items.add(new Str(v)));
        return new Arr(items);
    }

    /** An array of numbers. */
    static Json numbers(List<Integer> values) {
        List<Json> items = new ArrayList<>();
        values.forEach(v -> items.add(new Num(v)));
        return new Arr(items);
    }

    /** Starts an object whose keys keep the order they are put in. */
    static ObjBuilder object() {
        return new ObjBuilder();
    }

    /** Builds an {@link Obj} member by member. */
    final class ObjBuilder {
        private final Map<String, Json> members = new LinkedHashMap<>();

        private ObjBuilder() {
        }

        /** Adds a member; a key may be put once. */
        public ObjBuilder put(String key, Json value) {
            if (members.putIfAbsent(key, value) != null) {
                throw new JsonException("the key '" + key + "' was put twice");
            }
            return this;
        }

        /** The object. */
        public Obj build() {
            return new Obj(members);
        }
    }
}
