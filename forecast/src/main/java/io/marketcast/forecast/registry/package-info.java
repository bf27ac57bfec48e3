/**
 * Method names and the registry that resolves them. {@link io.marketcast.forecast.registry.Methods} is the standard
 * registry: the built-in families and every {@link io.marketcast.forecast.MethodProvider} on this library's
 * classpath. {@link io.marketcast.forecast.registry.MethodRegistry} holds the name grammar ({@code FAMILY} or
 * {@code FAMILY:ARGUMENTS}, aliases such as {@code auto}, the combinations {@code mean:}, {@code median:} and
 * {@code first:}) and builds registries with the plugins of any class loader. docs/methods.md lists the names.
 *
 * <p>Invariants: a name means one method everywhere (benchmark, backtest, cross-validation, scenario, a library
 * caller). Built-ins are registered explicitly, in one place; plugins come only through
 * {@link java.util.ServiceLoader}. A misspelt name fails with {@link io.marketcast.forecast.UnknownMethodException},
 * which lists the valid names and the closest one. Every method a registry returns carries the same checks on its
 * input and output, whoever wrote it: a finite history, a period and a horizon of at least 1, finite point
 * forecasts. Registries are immutable and safe to share between threads.
 */
package io.marketcast.forecast.registry;
