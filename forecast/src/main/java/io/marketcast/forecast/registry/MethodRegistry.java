package io.marketcast.forecast.registry;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodDefinition;
import io.marketcast.forecast.MethodInfo;
import io.marketcast.forecast.MethodProvider;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.UnknownMethodException;
import io.marketcast.forecast.combo.Combination;
import io.marketcast.forecast.conformal.Conformal;
import io.marketcast.forecast.combo.First;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.DelegatingFit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * A registry of named methods: the built-in families ({@link BuiltIns}) and those of any {@link MethodProvider}
 * found on a class loader. Immutable; {@link Methods} holds the standard one.
 *
 * <p><b>The method-name grammar.</b> A name is {@code FAMILY} or {@code FAMILY:ARGUMENTS}. The family is
 * case-insensitive; the arguments belong to the family (an ETS model code in {@code ets:AAdN}, a window in
 * {@code log-drift:8}, a capacity in {@code logistic:capacity=5000}, rates in {@code fixed-growth:30,25}, members
 * joined by {@code +} in {@code mean:ets+theta}, {@code median:...} and {@code first:...}). An alias such as
 * {@code auto} stands for a full name and keeps its own name in results. Any name followed by {@code :conformal} or
 * {@code :conformal=N} is that method with conformal intervals from N rolling windows (default 2; {@link
 * Conformal}), e.g. {@code theta:conformal}, {@code auto:conformal=3}. Every method returned has the same checks
 * on its input and output whoever wrote it: a finite history and a period of at least 1 (else
 * {@link IllegalArgumentException}), a horizon of at least 1, and finite point forecasts (a method whose forecast is
 * not finite refuses with {@link InsufficientDataException}, which benchmarks and backtests count as a fallback).
 */
public final class MethodRegistry {

    private static final List<String> COMBINATORS = List.of("mean", "median", "first");

    private final Map<String, MethodDefinition> families;
    private final Map<String, String> aliases;
    private final Map<String, String> origin;

    private MethodRegistry(Map<String, MethodDefinition> families, Map<String, String> aliases,
            Map<String, String> origin) {
        this.families = Collections.unmodifiableMap(new LinkedHashMap<>(families));
        this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
        this.origin = Collections.unmodifiableMap(new LinkedHashMap<>(origin));
    }

    /** The built-in methods only. */
    public static MethodRegistry builtIn() {
        Map<String, MethodDefinition> f = new LinkedHashMap<>();
        Map<String, String> o = new LinkedHashMap<>();
        for (MethodDefinition d : BuiltIns.definitions()) {
            add(f, o, d, "built-in");
        }
        return new MethodRegistry(f, BuiltIns.aliases(), o);
    }

    /**
     * The built-in methods and those of every {@link MethodProvider} that {@link ServiceLoader} finds through
     * {@code loader}.
     *
     * @throws IllegalArgumentException when a provider cannot be loaded or a name clashes, naming both
     */
    public static MethodRegistry withProviders(ClassLoader loader) {
        List<MethodProvider> providers = new ArrayList<>();
        try {
            for (MethodProvider p : ServiceLoader.load(MethodProvider.class, loader)) {
                providers.add(p);
            }
        } catch (ServiceConfigurationError e) {
            throw new IllegalArgumentException("cannot load a method plugin: " + e.getMessage(), e);
        }
        return builtIn().with(providers);
    }

    /** This registry plus the methods of {@code providers}. */
    public MethodRegistry with(List<MethodProvider> providers) {
        Map<String, MethodDefinition> f = new LinkedHashMap<>(families);
        Map<String, String> o = new LinkedHashMap<>(origin);
        for (MethodProvider p : providers) {
            List<MethodDefinition> defs;
            try {
                defs = p.methods();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("method plugin " + p.getClass().getName() + " failed to list its"
                        + " methods: " + e, e);
            }
            for (MethodDefinition d : defs) {
                add(f, o, d, "plugin " + p.getClass().getName());
            }
        }
        return new MethodRegistry(f, aliases, o);
    }

    private static void add(Map<String, MethodDefinition> f, Map<String, String> o, MethodDefinition d,
            String from) {
        String name = d.info().name();
        if (f.containsKey(name)) {
            throw new IllegalArgumentException(from + " defines method '" + name + "', already defined by "
                    + o.get(name));
        }
        f.put(name, d);
        o.put(name, from);
    }

    /** What {@code marketcast methods} lists, in registration order (built-ins first). */
    public List<MethodInfo> infos() {
        return families.values().stream().map(MethodDefinition::info).toList();
    }

    /** What an alias stands for (e.g. {@code auto} for {@code median:ets+theta+dotm+arima}); empty for other names. */
    public Optional<String> aliasOf(String family) {
        return Optional.ofNullable(aliases.get(family.toLowerCase(Locale.ROOT)));
    }

    /** Where a family comes from: {@code built-in} or {@code plugin CLASS}. */
    public String origin(String family) {
        String o = origin.get(family.toLowerCase(Locale.ROOT));
        if (o == null) {
            throw unknown(family);
        }
        return o;
    }

    /** The family names, in registration order. */
    public List<String> names() {
        return List.copyOf(families.keySet());
    }

    /**
     * The method called {@code name}, in the grammar of the class documentation.
     *
     * @throws UnknownMethodException   for an unknown family (with the closest name and the list)
     * @throws IllegalArgumentException for arguments the family does not accept, with what it accepts
     */
    public Method get(String name) {
        Objects.requireNonNull(name, "name");
        String text = name.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty method name; valid: " + String.join(", ", names()));
        }
        int last = text.lastIndexOf(':');
        if (last > 0) {
            int windows = Conformal.windowsOf(text.substring(last + 1));
            if (windows > 0) {
                return new Checked(Conformal.of(get(text.substring(0, last)), windows));
            }
        }
        int colon = text.indexOf(':');
        String family = (colon < 0 ? text : text.substring(0, colon)).strip().toLowerCase(Locale.ROOT);
        String args = colon < 0 ? null : text.substring(colon + 1).strip();
        if (args != null && args.isEmpty()) {
            throw new IllegalArgumentException("method '" + text + "': nothing after ':'");
        }
        MethodDefinition d = families.get(family);
        if (d == null) {
            throw unknown(family);
        }
        String target = aliases.get(family);
        if (target != null) {
            if (args != null) {
                throw new IllegalArgumentException(family + " stands for " + target + " and takes no arguments");
            }
            return ((Checked) get(target)).named(family);
        }
        Method m;
        if (COMBINATORS.contains(family)) {
            m = combinator(family, args, text);
        } else {
            m = d.factory().apply(args);
            if (m == null) {
                throw new IllegalStateException("method family " + family + " made no method for '" + text + "'");
            }
        }
        return m instanceof Checked ? m : new Checked(m);
    }

    /** The methods of a comma-separated list, e.g. {@code naive2,theta,median:ses+theta}; duplicates rejected. */
    public List<Method> parseList(String commaSeparated) {
        List<Method> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String part : splitList(commaSeparated)) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("empty method name in '" + commaSeparated + "'; valid: "
                        + String.join(", ", names()));
            }
            Method m = get(part);
            if (seen.contains(m.name())) {
                throw new IllegalArgumentException("method " + m.name() + " is listed twice");
            }
            seen.add(m.name());
            out.add(m);
        }
        return out;
    }

    /**
     * Splits a list at commas that separate methods; commas inside one method's arguments (as in
     * {@code fixed-growth:30,25} or {@code arima:1,1,1}) stay with it: a part that does not start a method name
     * (a family followed by {@code :} or the end) continues the previous one.
     */
    static List<String> splitList(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split(",", -1)) {
            String s = p.strip();
            if (!out.isEmpty() && out.get(out.size() - 1).contains(":") && !s.isEmpty()
                    && !s.toLowerCase(Locale.ROOT).matches(MethodInfo.NAME_PATTERN + "(:.*)?")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "," + s);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private Method combinator(String family, String args, String text) {
        if (args == null) {
            throw new IllegalArgumentException(family + " needs its members, e.g. " + family + ":ets+theta");
        }
        List<Method> members = new ArrayList<>();
        for (String part : args.split("\\+", -1)) {
            String p = part.strip();
            if (p.isEmpty()) {
                throw new IllegalArgumentException("empty member in '" + text + "'");
            }
            int colon = p.indexOf(':');
            String memberFamily = (colon < 0 ? p : p.substring(0, colon)).toLowerCase(Locale.ROOT);
            if (COMBINATORS.contains(memberFamily)) {
                throw new IllegalArgumentException("'" + text + "': a combination cannot be a member of another;"
                        + " register it as a method of its own (docs/library.md, plugins)");
            }
            members.add(get(p));
        }
        return switch (family) {
            case "mean" -> Combination.of(Combination.Operator.MEAN, members);
            case "median" -> Combination.of(Combination.Operator.MEDIAN, members);
            default -> First.of(members);
        };
    }

    private UnknownMethodException unknown(String name) {
        return new UnknownMethodException(name, names(), "combinations: mean:a+b, median:a+b, first:a+b;"
                + " variants: ets:MODEL, log-drift:N, CURVE:capacity=K, fixed-growth:G1,G2; any NAME:conformal[=N]"
                + " ('marketcast methods')");
    }

    /**
     * The one place where every method's input and output is checked, whoever wrote it; also gives results the
     * method's own name (an alias keeps its alias).
     */
    public static final class Checked implements Method {
        private final Method method;
        private final String name;

        Checked(Method method) {
            this(method, method.name());
        }

        Checked(Method method, String name) {
            this.method = method instanceof Checked c ? c.method : method;
            this.name = Objects.requireNonNull(name, "name");
        }

        /** The method under another name (an alias). */
        Checked named(String alias) {
            return new Checked(method, alias);
        }

        /** The method behind the checks. */
        public Method unwrap() {
            return method;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Fitted fit(double[] history, int period) {
            Checks.history(name, history, period, 0);
            Fitted f = method.fit(history.clone(), period);
            if (f == null) {
                throw new IllegalStateException("method " + name + " returned no fit");
            }
            return new CheckedFit(name, f);
        }

        @Override
        public Optional<Method> withCapacity(double capacity) {
            return method.withCapacity(capacity).map(Checked::new);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A method's fit behind the registry's checks: its name, horizons and finite forecasts. */
    private static final class CheckedFit extends DelegatingFit {
        private final String name;

        CheckedFit(String name, Fitted fit) {
            super(fit);
            this.name = name;
        }

        @Override
        public String method() {
            return name;
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            Checks.horizon(name, horizon);
            double[] lv = Checks.levels(levels);
            Forecast f = delegate().forecast(horizon, lv);
            if (f.horizon() != horizon) {
                throw new IllegalStateException("method " + name + " forecast " + f.horizon() + " steps, asked for "
                        + horizon);
            }
            double[] mean = f.mean();
            for (int h = 0; h < mean.length; h++) {
                if (!Double.isFinite(mean[h])) {
                    throw new InsufficientDataException(name + " gives a non-finite forecast (" + mean[h]
                            + " at step " + (h + 1) + ")");
                }
            }
            return f.method().equals(name) ? f : f.renamed(name);
        }

        @Override
        public PathModel paths(int horizon) {
            Checks.horizon(name, horizon);
            PathModel p = delegate().paths(horizon);
            if (p.horizon() != horizon) {
                throw new IllegalStateException("method " + name + " simulates " + p.horizon() + " steps, asked for "
                        + horizon);
            }
            return p;
        }

        /** The method's own fit (e.g. an {@code EtsMethod.Model} with everything ETS reports). */
        Fitted unwrap() {
            return delegate();
        }
    }

    /** The method's own fitted object behind the registry's checks (e.g. to read ETS's states). */
    public static Fitted unwrap(Fitted f) {
        return f instanceof CheckedFit c ? c.unwrap() : f;
    }
}
