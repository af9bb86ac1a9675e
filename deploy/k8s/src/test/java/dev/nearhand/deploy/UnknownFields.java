package dev.nearhand.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Strimzi and fabric8 models keep fields they do not know in an "additional properties" map instead
 * of failing. This walks a deserialized model and fails on any such field, which turns them into
 * strict schemas: a misspelt field is an error, not a silent no-op.
 */
final class UnknownFields {

    private UnknownFields() {}

    static void assertNone(Object model) {
        walk(model, "$", Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void walk(Object node, String path, Set<Object> seen) {
        if (node == null || !isModel(node.getClass()) || !seen.add(node)) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || Modifier.isStatic(getter.getModifiers())
                    || !(getter.getName().startsWith("get") || getter.getName().startsWith("is"))
                    || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            String field = path + "." + getter.getName();
            if (getter.getName().equals("getAdditionalProperties")
                    && value instanceof Map<?, ?> extra) {
                if (!extra.isEmpty()) {
                    throw new IllegalArgumentException(
                            "unknown field(s) " + extra.keySet() + " at " + path);
                }
            } else if (value instanceof Collection<?> items) {
                items.forEach(item -> walk(item, field + "[]", seen));
            } else if (value instanceof Map<?, ?> map
                    && !getter.getName().equals("getAdditionalProperties")) {
                map.values().forEach(item -> walk(item, field + "{}", seen));
            } else {
                walk(value, field, seen);
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.strimzi.api.")
                || name.startsWith("io.fabric8.kubernetes.api.model.");
    }
}
