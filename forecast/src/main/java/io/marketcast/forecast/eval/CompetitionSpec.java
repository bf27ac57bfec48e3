package io.marketcast.forecast.eval;

import io.marketcast.forecast.Method;
import java.util.List;
import java.util.Locale;

/**
 * What a competition run scores.
 *
 * @param methods the methods, at least one, with distinct names
 * @param periods the periods to score, upper case (e.g. {@code YEARLY}); empty for every series
 * @param threads worker threads, at least 1; results do not depend on it
 */
public record CompetitionSpec(List<Method> methods, List<String> periods, int threads) {

    public CompetitionSpec {
        methods = List.copyOf(methods);
        periods = periods.stream().map(p -> p.toUpperCase(Locale.ROOT)).toList();
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("a competition run needs at least one method");
        }
        if (methods.stream().map(Method::name).distinct().count() != methods.size()) {
            throw new IllegalArgumentException("method names must be distinct: "
                    + methods.stream().map(Method::name).toList());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
    }

    /** Every series, one thread per available processor. */
    public static CompetitionSpec of(List<Method> methods) {
        return new CompetitionSpec(methods, List.of(), Runtime.getRuntime().availableProcessors());
    }

    public CompetitionSpec withPeriods(List<String> p) {
        return new CompetitionSpec(methods, p, threads);
    }

    public CompetitionSpec withThreads(int n) {
        return new CompetitionSpec(methods, periods, n);
    }
}
