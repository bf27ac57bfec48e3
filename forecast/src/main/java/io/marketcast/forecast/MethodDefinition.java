package io.marketcast.forecast;

import java.util.Objects;
import java.util.function.Function;

/**
 * A method family as the registry holds it: what it is, and how to make it from the arguments of its name.
 *
 * @param info    what {@code marketcast methods} prints
 * @param factory makes the method from the text after {@code :} in its name, or from {@code null} for the bare
 *                name; throws {@link IllegalArgumentException} with a message for arguments it does not accept
 */
public record MethodDefinition(MethodInfo info, Function<String, Method> factory) {

    public MethodDefinition {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(factory, "factory");
    }

    /** A family without arguments: {@code supplier} makes the method. */
    public static MethodDefinition of(MethodInfo info, java.util.function.Supplier<Method> supplier) {
        return new MethodDefinition(info, args -> {
            if (args != null) {
                throw new IllegalArgumentException(info.name() + " takes no arguments, got '" + args + "'");
            }
            return supplier.get();
        });
    }
}
