package io.marketcast.forecast.combo;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.internal.Checks;
import io.marketcast.forecast.internal.Quantiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The mean or median of the forecasts of {@code members} (see the package documentation).
 *
 * @param name     the name it is known by, e.g. {@code auto} or {@code median:ses+theta+dotm}
 * @param operator how the members are combined
 * @param members  the member methods, at least one
 */
public record Combination(String name, Operator operator, List<Method> members) implements Method {

    /** How members are combined at each step. */
    public enum Operator {
        MEAN, MEDIAN;

        /** The combination of {@code v[0..count-1]} (reorders {@code v}). */
        public double apply(double[] v, int count) {
            if (this == MEAN) {
                double s = 0;
                for (int i = 0; i < count; i++) {
                    s += v[i];
                }
                return s / count;
            }
            Arrays.sort(v, 0, count);
            int mid = count / 2;
            return count % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Combination {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(operator, "operator");
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs at least one member");
        }
    }

    /** A combination named after its operator and members, e.g. {@code median:ses+theta+dotm}. */
    public static Combination of(Operator operator, List<Method> members) {
        return new Combination(operator.label() + ":" + members.stream().map(Method::name)
                .collect(Collectors.joining("+")), operator, members);
    }

    /** A copy under another name (e.g. {@code auto}). */
    public Combination named(String newName) {
        return new Combination(newName, operator, members);
    }

    /** The members with a capacity fixed where they take one; empty when none does. */
    @Override
    public Optional<Method> withCapacity(double capacity) {
        List<Method> ms = new ArrayList<>();
        boolean any = false;
        for (Method m : members) {
            Optional<Method> c = m.withCapacity(capacity);
            any |= c.isPresent();
            ms.add(c.orElse(m));
        }
        return any ? Optional.of(of(operator, ms)) : Optional.empty();
    }

    /**
     * Fits every member; members that cannot fit the history are left out.
     *
     * @throws InsufficientDataException when no member can
     */
    @Override
    public Fit fit(double[] history, int period) {
        Checks.history(name, history, period, 1);
        List<Fitted> fits = new ArrayList<>(members.size());
        List<String> refused = new ArrayList<>();
        for (Method m : members) {
            try {
                fits.add(m.fit(history, period));
            } catch (InsufficientDataException e) {
                refused.add(e.getMessage());
            }
        }
        if (fits.isEmpty()) {
            throw new InsufficientDataException(name + ": no member can forecast this history: "
                    + String.join("; ", refused));
        }
        return new Fit(name, operator, history, period, fits, refused);
    }

    /** Sample paths behind a combination's intervals (an even number: antithetic pairs). */
    public static final int INTERVAL_PATHS = 10_000;
    /** The fixed seed of those paths. */
    public static final long INTERVAL_SEED = 0x436f6d62696e65L;

    /** The members' fits and how they are combined. */
    public static final class Fit implements Fitted {
        private final String name;
        private final Operator operator;
        private final int n;
        private final double[] history;
        private final int period;
        private final List<Fitted> members;
        private final List<String> refused;

        Fit(String name, Operator operator, double[] history, int period, List<Fitted> members,
                List<String> refused) {
            this.name = name;
            this.operator = operator;
            this.n = history.length;
            this.history = history.clone();
            this.period = period;
            this.members = List.copyOf(members);
            this.refused = List.copyOf(refused);
        }

        /** The members that could fit the history. */
        public List<Fitted> members() {
            return members;
        }

        /** Why the other members could not. */
        public List<String> refused() {
            return refused;
        }

        @Override
        public String method() {
            return name;
        }

        @Override
        public int n() {
            return n;
        }

        @Override
        public int period() {
            return period;
        }

        /**
         * The operator over the members' points; the intervals are the quantiles of the combination's own sample
         * paths ({@link #paths(int)}: the members' paths under shared innovations, combined step by step by the
         * operator), {@value Combination#INTERVAL_PATHS} paths in antithetic pairs from a fixed seed, so the same
         * history gives the same intervals on any thread. Members that cannot forecast or simulate this horizon are
         * left out of both.
         */
        @Override
        public Forecast forecast(int horizon, double... levels) {
            Checks.horizon(name, horizon);
            double[] lv = Checks.levels(levels);
            List<Forecast> fs = new ArrayList<>(members.size());
            List<PathModel> ps = new ArrayList<>(members.size());
            List<String> why = new ArrayList<>();
            for (Fitted m : members) {
                try {
                    Forecast f = m.forecast(horizon, lv);
                    PathModel p = m.paths(horizon);
                    fs.add(f);
                    ps.add(p);
                } catch (InsufficientDataException e) {
                    why.add(e.getMessage());
                }
            }
            if (fs.isEmpty()) {
                throw new InsufficientDataException(name + ": no member can forecast " + horizon + " steps: "
                        + String.join("; ", why));
            }
            double[] buf = new double[fs.size()];
            double[] mean = new double[horizon];
            List<double[]> means = fs.stream().map(Forecast::mean).toList();
            for (int h = 0; h < horizon; h++) {
                for (int i = 0; i < fs.size(); i++) {
                    buf[i] = means.get(i)[h];
                }
                mean[h] = operator.apply(buf, fs.size());
            }
            double[][] lower = new double[lv.length][horizon];
            double[][] upper = new double[lv.length][horizon];
            double[][] sims = simulate(combined(ps, horizon), horizon);
            for (int h = 0; h < horizon; h++) {
                double[] v = sims[h];
                Arrays.sort(v);
                for (int k = 0; k < lv.length; k++) {
                    lower[k][h] = Quantiles.type7(v, (1 - lv[k]) / 2);
                    upper[k][h] = Quantiles.type7(v, (1 + lv[k]) / 2);
                }
            }
            return new Forecast(name, mean, lv, lower, upper);
        }

        /** {@code [step][path]}: the interval paths, in antithetic pairs, from {@link Combination#INTERVAL_SEED}. */
        private static double[][] simulate(PathModel pm, int horizon) {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(INTERVAL_SEED);
            ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
            double[][] out = new double[horizon][INTERVAL_PATHS];
            double[] eps = new double[horizon];
            double[] neg = new double[horizon];
            double[] path = new double[horizon];
            for (int p = 0; p < INTERVAL_PATHS; p += 2) {
                for (int h = 0; h < horizon; h++) {
                    eps[h] = normal.sample();
                    neg[h] = -eps[h];
                }
                pm.path(rng, eps, path);
                for (int h = 0; h < horizon; h++) {
                    out[h][p] = path[h];
                }
                pm.path(rng, neg, path);
                for (int h = 0; h < horizon; h++) {
                    out[h][p + 1] = path[h];
                }
            }
            return out;
        }

        /**
         * Sample paths: each member draws its path from the same innovations (and, in turn, from the path's random
         * stream for its parameter uncertainty), and the operator combines them step by step.
         */
        @Override
        public PathModel paths(int horizon) {
            Checks.horizon(name, horizon);
            List<PathModel> ps = new ArrayList<>();
            for (Fitted m : members) {
                try {
                    ps.add(m.paths(horizon));
                } catch (InsufficientDataException e) {
                    // left out, as in forecast()
                }
            }
            if (ps.isEmpty()) {
                throw new InsufficientDataException(name + ": no member can simulate " + horizon + " steps");
            }
            return combined(ps, horizon);
        }

        /** The operator over the paths of {@code ps}, step by step, all driven by the same innovations. */
        private PathModel combined(List<PathModel> ps, int horizon) {
            return new PathModel() {
                @Override
                public int horizon() {
                    return horizon;
                }

                @Override
                public void path(UniformRandomProvider rng, double[] eps, double[] out) {
                    double[][] each = new double[ps.size()][horizon];
                    for (int i = 0; i < ps.size(); i++) {
                        ps.get(i).path(rng, eps, each[i]);
                    }
                    double[] buf = new double[ps.size()];
                    for (int h = 0; h < horizon; h++) {
                        for (int i = 0; i < ps.size(); i++) {
                            buf[i] = each[i][h];
                        }
                        out[h] = operator.apply(buf, ps.size());
                    }
                }
            };
        }

        /** The operator over the members' fitted values. */
        @Override
        public double[] fitted() {
            double[] out = new double[n];
            double[] buf = new double[members.size()];
            List<double[]> each = members.stream().map(Fitted::fitted).toList();
            for (int t = 0; t < n; t++) {
                int count = 0;
                for (double[] f : each) {
                    if (!Double.isNaN(f[t])) {
                        buf[count++] = f[t];
                    }
                }
                out[t] = count == 0 ? Double.NaN : operator.apply(buf, count);
            }
            return out;
        }

        /** {@code y − fitted}: additive, whatever the members' own residual scales. */
        @Override
        public double[] residuals() {
            double[] f = fitted();
            double[] out = new double[n];
            for (int t = 0; t < n; t++) {
                out[t] = history[t] - f[t];
            }
            return out;
        }

        /** Every member's parameters, prefixed by its name. */
        @Override
        public List<Parameter> parameters() {
            List<Parameter> out = new ArrayList<>();
            for (Fitted m : members) {
                for (Parameter p : m.parameters()) {
                    out.add(new Parameter(m.method() + "." + p.name(), p.estimate(), p.stdError()));
                }
            }
            return out;
        }

        /** The members' cautions, each under its member's name. */
        @Override
        public List<String> cautions() {
            return members.stream().flatMap(m -> m.cautions().stream().map(c -> m.method() + ": " + c)).toList();
        }

        @Override
        public String summary() {
            return operator.label() + " of " + members.stream().map(m -> m.method() + " (" + m.summary() + ")")
                    .collect(Collectors.joining(", "))
                    + (refused.isEmpty() ? "" : "; left out: " + String.join("; ", refused));
        }
    }
}
