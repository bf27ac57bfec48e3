package io.marketcast.forecast.growth;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.internal.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A growth curve (or {@code growth-auto}: the curve with the smallest AICc) as a time-series {@link Method}. The
 * history is placed at {@code t = 1..n}, the forecast at {@code t = n+1..n+horizon}; the seasonal period is
 * ignored (growth curves are not seasonal). Immutable spec: {@link #of(String)} gives the defaults (multiplicative
 * error, i.e. fitted in logs; the default solver), {@code withX} copies.
 *
 * <p>Names: the curve's name ({@code logistic}, {@code gompertz}, ...), {@code growth-auto}, and for a curve with a
 * capacity {@code NAME:capacity=K} — the saturation level held at K (in the unit of the data) and the other
 * parameters fitted.
 *
 * @param curve    the curve, or null for {@code growth-auto}
 * @param error    the error model
 * @param solver   the Levenberg–Marquardt implementation
 */
public record GrowthMethod(GrowthCurve curve, ErrorModel error, Solver solver) implements Method {

    /** Name of the automatic choice among all curves. */
    public static final String AUTO = "growth-auto";

    public GrowthMethod {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(solver, "solver");
    }

    /** The curve called {@code name} (or {@value #AUTO}) with multiplicative errors and the default solver. */
    public static GrowthMethod of(String name) {
        GrowthCurve c = AUTO.equals(name) ? null : Curves.byName(name);
        return new GrowthMethod(c, ErrorModel.MULTIPLICATIVE, GrowthSpec.DEFAULT_SOLVER);
    }

    /**
     * The curve called {@code name} with the arguments of its method name: {@code capacity=K}.
     *
     * @throws IllegalArgumentException for anything else, naming what is accepted
     */
    public static GrowthMethod parse(String name, String args) {
        GrowthMethod m = of(name);
        if (args == null) {
            return m;
        }
        String a = args.strip().toLowerCase(Locale.ROOT);
        if (!a.startsWith("capacity=")) {
            throw new IllegalArgumentException(name + " takes one argument, capacity=K (a fixed saturation level in"
                    + " the unit of the data), got '" + args + "'");
        }
        double k;
        try {
            k = Double.parseDouble(a.substring("capacity=".length()).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": capacity '" + a.substring("capacity=".length())
                    + "' is not a number");
        }
        return m.withCapacity(k).map(GrowthMethod.class::cast).orElseThrow(() -> new IllegalArgumentException(
                name + " has no capacity to fix; curves with one: " + String.join(", ", Curves.withCapacity())));
    }

    public GrowthMethod withError(ErrorModel e) {
        return new GrowthMethod(curve, e, solver);
    }

    public GrowthMethod withSolver(Solver s) {
        return new GrowthMethod(curve, error, s);
    }

    /**
     * The curve with its capacity fixed at {@code capacity}; empty for {@code growth-auto} and curves without one.
     *
     * @throws IllegalArgumentException for a capacity that is not positive and finite
     */
    @Override
    public Optional<Method> withCapacity(double capacity) {
        if (curve == null || curve.capacityIndex() < 0 && !(curve instanceof FixedCapacityCurve)) {
            return Optional.empty();
        }
        GrowthCurve base = curve instanceof FixedCapacityCurve f ? f.base() : curve;
        return Optional.of(new GrowthMethod(new FixedCapacityCurve(base, capacity), error, solver));
    }

    @Override
    public String name() {
        if (curve == null) {
            return AUTO;
        }
        if (curve instanceof FixedCapacityCurve f) {
            double k = f.capacity();
            return f.name() + ":capacity=" + (k == Math.rint(k) && Math.abs(k) < 1e15 ? String.valueOf((long) k)
                    : String.valueOf(k));
        }
        return curve.name();
    }

    /**
     * Fits the curve to {@code history} at {@code t = 1..n}.
     *
     * @throws InsufficientDataException when the data cannot support the curve or the fit is not usable (not
     *                                   converged, not identified, outside its constraints; the message says which)
     */
    @Override
    public GrowthModel fit(double[] history, int period) {
        Checks.history(name(), history, period, 0);
        double[] t = times(0, history.length);
        GrowthFit fit;
        if (curve == null) {
            fit = GrowthFitter.auto(error, solver, t, history).best();
        } else {
            fit = GrowthFitter.fit(GrowthSpec.of(curve).withError(error).withSolver(solver), t, history);
        }
        if (!fit.usable()) {
            throw new InsufficientDataException(fit.curve().name() + " fit is not usable: " + fit.diagnostics());
        }
        return new GrowthModel(name(), period, fit);
    }

    /** {@code from+1, ..., from+count}. */
    static double[] times(int from, int count) {
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = from + i + 1;
        }
        return t;
    }
}
