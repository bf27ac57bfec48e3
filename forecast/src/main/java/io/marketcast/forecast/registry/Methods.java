package io.marketcast.forecast.registry;

import io.marketcast.forecast.Method;
import java.util.List;

/**
 * The standard registry: the built-in methods and every {@link io.marketcast.forecast.MethodProvider} on the
 * classpath of this library (found once, on first use). A program that loads plugins from elsewhere builds its own
 * {@link MethodRegistry} with {@link MethodRegistry#withProviders(ClassLoader)}.
 *
 * <p>See {@link MethodRegistry} for the name grammar; {@code marketcast methods} and docs/methods.md list the names.
 */
public final class Methods {

    /**
     * The recommended default for competition-style series: {@code median:ets+theta+dotm+arima}, chosen on training
     * data alone (docs/methods.md, "Choosing auto").
     */
    public static final String AUTO = BuiltIns.AUTO;
    /** The default revenue method of scenario series: {@code first:gompertz+log-drift:8}. */
    public static final String SCENARIO_DEFAULT = BuiltIns.SCENARIO_DEFAULT;

    private Methods() {
    }

    private static final class Holder {
        static final MethodRegistry STANDARD = MethodRegistry.withProviders(Methods.class.getClassLoader());
    }

    /** The standard registry. */
    public static MethodRegistry registry() {
        return Holder.STANDARD;
    }

    /** {@link MethodRegistry#get(String)} on the standard registry. */
    public static Method get(String name) {
        return registry().get(name);
    }

    /** {@link MethodRegistry#parseList(String)} on the standard registry. */
    public static List<Method> parseList(String commaSeparated) {
        return registry().parseList(commaSeparated);
    }

    /** The family names of the standard registry. */
    public static List<String> names() {
        return registry().names();
    }
}
