package io.marketcast.forecast.combo;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.DelegatingFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The first member that can fit the history: later members are fallbacks for histories the earlier ones cannot
 * support (too short, a fit that is not usable: {@link InsufficientDataException}). Written
 * {@code first:a+b+...}; the scenario default {@code gompertz-or-drift8} is {@code first:gompertz+log-drift:8}.
 *
 * @param name    the name it is known by
 * @param members tried in order, at least one
 */
public record First(String name, List<Method> members) implements Method {

    public First {
        Objects.requireNonNull(name, "name");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("first:... needs at least one member");
        }
    }

    /** Named after its members, e.g. {@code first:gompertz+log-drift:8}. */
    public static First of(List<Method> members) {
        return new First("first:" + members.stream().map(Method::name).collect(Collectors.joining("+")), members);
    }

    public First named(String newName) {
        return new First(newName, members);
    }

    @Override
    public Optional<Method> withCapacity(double capacity) {
        List<Method> ms = new ArrayList<>();
        boolean any = false;
        for (Method m : members) {
            Optional<Method> c = m.withCapacity(capacity);
            any |= c.isPresent();
            ms.add(c.orElse(m));
        }
        return any ? Optional.of(of(ms)) : Optional.empty();
    }

    /** @throws InsufficientDataException when no member can fit the history, with every member's reason */
    @Override
    public Fit fit(double[] history, int period) {
        Checks.history(name, history, period, 1);
        List<String> refused = new ArrayList<>();
        for (Method m : members) {
            try {
                return new Fit(name, m.fit(history, period), refused);
            } catch (InsufficientDataException e) {
                refused.add(m.name() + " not usable: " + e.getMessage());
            }
        }
        throw new InsufficientDataException(name + ": no member can fit this history: " + String.join("; ",
                refused));
    }

    /** The fit of the member that answered, and why the members before it did not. */
    public static final class Fit extends DelegatingFit {
        private final String name;
        private final List<String> refused;

        Fit(String name, Fitted chosen, List<String> refused) {
            super(chosen);
            this.name = name;
            this.refused = List.copyOf(refused);
        }

        /** The member's fit that answers. */
        public Fitted chosen() {
            return delegate();
        }

        /** Whether an earlier member refused the history. */
        public boolean fellBack() {
            return !refused.isEmpty();
        }

        @Override
        public String method() {
            return name;
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            return delegate().forecast(horizon, levels).renamed(name);
        }

        /** E.g. {@code log-drift:8 (gompertz not usable: ...): drift 6.1%/step...}, or the first member's summary. */
        @Override
        public String summary() {
            return refused.isEmpty() ? delegate().summary()
                    : delegate().method() + " (" + String.join("; ", refused) + "): " + delegate().summary();
        }
    }
}
