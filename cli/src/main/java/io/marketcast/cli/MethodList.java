package io.marketcast.cli;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.Methods;
import java.util.List;

/** Parses {@code --methods}: comma-separated registered names and {@code mean:a+b} / {@code median:a+b}. */
final class MethodList {

    private MethodList() {
    }

    static List<Forecaster> parse(String text) {
        try {
            return Methods.parseList(text);
        } catch (IllegalArgumentException e) {
            throw new UserException("--methods: " + e.getMessage());
        }
    }
}
