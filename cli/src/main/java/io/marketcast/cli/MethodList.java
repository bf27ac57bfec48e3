package io.marketcast.cli;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.registry.MethodRegistry;
import java.util.List;

/** Parses {@code --methods}: comma-separated method names in the grammar of {@link MethodRegistry}. */
final class MethodList {

    private MethodList() {
    }

    static List<Method> parse(MethodRegistry registry, String text) {
        try {
            return registry.parseList(text);
        } catch (IllegalArgumentException e) {
            throw new UserException("--methods: " + e.getMessage());
        }
    }
}
