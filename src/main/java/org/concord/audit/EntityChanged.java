package org.concord.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A write to publish inside the writing transaction; the audit log records it with who made it,
 * when and from where. {@code changes} holds each changed field's value before and after.
 */
public record EntityChanged(String entityType, String entityId, String action, Map<String, Change> changes) {

    public record Change(Object before, Object after) {
    }

    public EntityChanged {
        changes = Map.copyOf(changes);
    }

    /** The fields whose values differ between two snapshots ({@code before} empty for a creation). */
    public static EntityChanged diff(String entityType, Object entityId, String action,
                                     Map<String, ?> before, Map<String, ?> after) {
        Map<String, Change> changes = new TreeMap<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            Object b = normalise(before.get(key));
            Object a = normalise(after.get(key));
            if (!Objects.equals(a, b)) {
                changes.put(key, new Change(b, a));
            }
        }
        return new EntityChanged(entityType, String.valueOf(entityId), action, changes);
    }

    public static EntityChanged of(String entityType, Object entityId, String action) {
        return new EntityChanged(entityType, String.valueOf(entityId), action, Map.of());
    }

    /** Values as the log keeps them: text, or sorted lists of text, so that equal values compare equal. */
    static Object normalise(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).sorted().toList();
        }
        if (value instanceof Map<?, ?> m) {
            Map<String, String> sorted = new TreeMap<>();
            m.forEach((k, v) -> sorted.put(String.valueOf(k), String.valueOf(v)));
            return sorted;
        }
        return String.valueOf(value);
    }

    /** A snapshot helper: keeps insertion order, allows null values. */
    public static Map<String, Object> snapshot(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    public List<String> changedFields() {
        return changes.keySet().stream().sorted().collect(Collectors.toList());
    }
}
