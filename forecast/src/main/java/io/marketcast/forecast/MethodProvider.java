package io.marketcast.forecast;

import java.util.List;

/**
 * The service through which a user's own methods join the registry: implement it in your jar, list the class in
 * {@code META-INF/services/io.marketcast.forecast.MethodProvider}, and put the jar on the classpath or in the
 * folder given to {@code marketcast --plugins DIR}. Every method it defines then works wherever a method name
 * does: {@code marketcast methods}, {@code benchmark --methods}, {@code backtest}, scenario scripts, and
 * {@link io.marketcast.forecast.registry.Methods#get(String)} (docs/library.md has a complete example).
 *
 * <p>A provider's names must not clash with the built-in ones or with another provider's; a clash is an error that
 * names both.
 */
public interface MethodProvider {

    /** The method families this provider defines. */
    List<MethodDefinition> methods();
}
