package io.marketcast.forecast.ets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The one ETS update kernel, {@link Recursion#update} (R's {@code update} in {@code etscalc.c}), against every path
 * that steps ETS states. {@link BatchFilter} keeps straight-line steps per (trend, season) kind for speed; they must
 * give the kernel's doubles exactly, so the comparisons here are bit for bit ({@link Double#doubleToLongBits}), over
 * all 30 model classes (error A/M, trend N/A/Ad/M/Md, season N/A/M).
 *
 * <p>Random draws come from fixed seeds (stated per test), so every test is deterministic; the draws deliberately
 * include values below {@link Recursion#TOL} (the {@link Recursion#HUGEN} branches), negative multiplicative growth
 * (the undefined forecast), {@code phi} within {@code TOL} of 1 and points outside the usual bounds, none of which
 * the optimiser would visit but all of which the arithmetic must agree on.
 */
class UpdateKernelTest {

    /** M3 series of every period, with their frequency. */
    private static final Map<String, Integer> SERIES = new LinkedHashMap<>();

    static {
        SERIES.put("N0001", 1);
        SERIES.put("N0350", 1);
        SERIES.put("N0660", 4);
        SERIES.put("N0671", 4);
        SERIES.put("N0921", 4);
        SERIES.put("N1100", 4);
        SERIES.put("N1402", 12);
        SERIES.put("N2000", 12);
        SERIES.put("N2500", 12);
        SERIES.put("N2829", 12);
        SERIES.put("N2830", 1);
        SERIES.put("N3003", 1);
    }

    /** Every model class: error A/M x trend N/A/Ad/M/Md x season N/A/M. */
    static List<EtsModel> allModels() {
        List<EtsModel> out = new ArrayList<>();
        for (Component e : List.of(Component.ADDITIVE, Component.MULTIPLICATIVE)) {
            for (Component t : Component.values()) {
                for (boolean d : t == Component.NONE ? new boolean[] {false} : new boolean[] {false, true}) {
                    for (Component s : Component.values()) {
                        out.add(new EtsModel(e, t, d, s));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void thereAreThirtyModelClasses() {
        assertEquals(30, allModels().size());
        assertEquals(30, allModels().stream().map(EtsModel::code).distinct().count());
    }

    /**
     * One step of the batch (its straight-line step for the model's kind, or its general step) against one call of
     * the kernel, and against one step of {@link Recursion#filter}: new state and likelihood, bit for bit. Seed 101;
     * 3000 random (state, parameters, observation) draws per model class.
     */
    @Test
    void everyBatchStepGivesTheKernelsBitsForRandomStatesAndParameters() {
        SplittableRandom rnd = new SplittableRandom(101);
        int defined = 0;
        int undefined = 0;
        for (EtsModel model : allModels()) {
            int trend = model.trend().code();
            int season = model.season().code();
            int error = model.error().code();
            for (int draw = 0; draw < 3000; draw++) {
                int m = season > 0 ? (rnd.nextBoolean() ? 4 : 12) : 1;
                double[] par = randomParameters(rnd, model);
                double[] x0 = randomState(rnd, trend, season, m);
                double yi = rnd.nextInt(10) == 0 ? rnd.nextDouble(-1000, 1000) : rnd.nextDouble(1, 2000);
                double[] y = {yi};
                String at = model.code() + " draw " + draw;

                Objective o = objective(y, model, m, par, x0);
                double[] out = new double[1];
                BatchFilter batch = new BatchFilter(1);
                batch.run(y, new Objective[] {o}, 1, out);

                int p = x0.length;
                double[] e = new double[1];
                double[] states = new double[2 * p];
                double lik = Recursion.filter(y, x0, m, error, trend, season, par[0], par[1], par[2], par[3], e,
                        states, null);
                assertBits(Objective.finish(lik), out[0], at + " objective");

                double l0 = x0[0];
                double b0 = trend > 0 ? x0[1] : 0.0;
                int so = trend > 0 ? 2 : 1;
                double sm = season > 0 ? x0[so + m - 1] : 0.0;
                if (Recursion.undefined(trend, b0)) {
                    assertEquals(Double.POSITIVE_INFINITY, out[0], at);
                    undefined++;
                    continue;
                }
                defined++;
                double[] next = new double[3];
                Recursion.update(l0, b0, sm, trend, season, par[0], par[1], par[2], par[3], yi, next);
                double[] expected = new double[p];
                expected[0] = next[0];
                if (trend > 0) {
                    expected[1] = next[1];
                }
                if (season > 0) {
                    expected[so] = next[2];
                    System.arraycopy(x0, so, expected, so + 1, m - 1);
                }
                double[] fromBatch = new double[p];
                batch.state(0, fromBatch);
                assertBits(expected, fromBatch, at + " batch state");
                double[] fromFilter = java.util.Arrays.copyOfRange(states, p, 2 * p);
                assertBits(expected, fromFilter, at + " filter state");
                double f = Recursion.forecast(l0, b0, sm, trend, season, par[3]);
                assertBits(error == 2 ? (yi - f) / f : yi - f, e[0], at + " error");
            }
        }
        assertTrue(defined > 80_000 && undefined > 1000, defined + " defined and " + undefined + " undefined steps");
    }

    /**
     * Whole M3 series, all model classes interleaved in one batch as the estimator runs them, from perturbed starting
     * points: the likelihood and the final state of every model equal those of {@link Recursion#filter}, bit for
     * bit. Seed 202; 12 series of every period, 10 points per model and series.
     */
    @Test
    void batchEqualsTheKernelFilterOnM3Series() {
        Map<String, double[]> data = M3Fixture.train(SERIES.keySet());
        SplittableRandom rnd = new SplittableRandom(202);
        EtsSpec spec = EtsSpec.defaults();
        int compared = 0;
        for (Map.Entry<String, Integer> s : SERIES.entrySet()) {
            double[] y = data.get(s.getKey());
            int freq = s.getValue();
            List<EtsModel> models = allModels().stream().filter(md -> freq > 1 || !md.hasSeason()).toList();
            int count = models.size();
            for (int trial = 0; trial < 10; trial++) {
                Objective[] batch = new Objective[count];
                double[][] x0 = new double[count][];
                double[][] pars = new double[count][];
                for (int k = 0; k < count; k++) {
                    EtsModel model = models.get(k);
                    int m = model.hasSeason() ? freq : 1;
                    double[] start = Estimator.initialParameters(model, spec.lower(), spec.upper(), m, spec.bounds());
                    double[] states = InitialState.of(y, model.trend(), model.season(), freq);
                    double[] par = new double[start.length + states.length];
                    for (int i = 0; i < start.length; i++) {
                        par[i] = start[i] * (1 + 0.5 * rnd.nextDouble(-1, 1));
                    }
                    for (int i = 0; i < states.length; i++) {
                        par[start.length + i] = states[i] * (1 + 0.1 * rnd.nextDouble(-1, 1));
                    }
                    batch[k] = new Objective(y, model, m, spec.bounds(), spec.lower(), spec.upper());
                    int j = 0;
                    batch[k].alpha = par[j++];
                    batch[k].beta = model.hasTrend() ? par[j++] : 0.0;
                    batch[k].gamma = model.hasSeason() ? par[j++] : 0.0;
                    batch[k].phi = model.damped() ? par[j++] : 1.0;
                    batch[k].expandState(par, j, batch[k].state);
                    x0[k] = batch[k].state.clone();
                    pars[k] = new double[] {batch[k].alpha, batch[k].beta, batch[k].gamma, batch[k].phi};
                }
                double[] out = new double[count];
                BatchFilter filter = new BatchFilter(count);
                filter.run(y, batch, count, out);
                for (int k = 0; k < count; k++) {
                    EtsModel model = models.get(k);
                    int m = model.hasSeason() ? freq : 1;
                    int p = x0[k].length;
                    double[] states = new double[p * (y.length + 1)];
                    double lik = Recursion.filter(y, x0[k], m, model.error().code(), model.trend().code(),
                            model.season().code(), pars[k][0], pars[k][1], pars[k][2], pars[k][3], null, states, null);
                    String at = s.getKey() + " " + model.code() + " trial " + trial;
                    assertBits(Objective.finish(lik), out[k], at + " objective");
                    if (!Double.isNaN(lik)) {
                        double[] last = new double[p];
                        filter.state(k, last);
                        assertBits(java.util.Arrays.copyOfRange(states, p * y.length, p * (y.length + 1)), last,
                                at + " final state");
                        compared++;
                    }
                }
            }
        }
        assertTrue(compared > 2000, compared + " final states compared");
    }

    /**
     * {@link Recursion#simulate} steps the same recursion as the filter: fed the filter's one-step errors, it gives
     * back the series. Not bit for bit — {@code f + (y - f)} rounds — so within 1e-10 relative (observed: below
     * 1e-13 with {@code phi <= 0.98}; an explosive {@code phi > 1} would amplify the rounding). Seed 303.
     */
    @Test
    void simulatingWithTheFiltersErrorsGivesBackTheSeries() {
        Map<String, double[]> data = M3Fixture.train(SERIES.keySet());
        SplittableRandom rnd = new SplittableRandom(303);
        EtsSpec spec = EtsSpec.defaults();
        int paths = 0;
        for (String id : List.of("N0350", "N0921", "N2000")) {
            double[] y = data.get(id);
            int freq = SERIES.get(id);
            for (EtsModel model : allModels()) {
                if (model.hasSeason() && freq == 1) {
                    continue;
                }
                int m = model.hasSeason() ? freq : 1;
                double[] start = Estimator.initialParameters(model, spec.lower(), spec.upper(), m, spec.bounds());
                double[] states0 = InitialState.of(y, model.trend(), model.season(), freq);
                double[] par = new double[start.length + states0.length];
                for (int i = 0; i < start.length; i++) {
                    par[i] = start[i] * (1 + 0.3 * rnd.nextDouble(-1, 1));
                }
                if (model.damped()) {
                    par[start.length - 1] = Math.min(par[start.length - 1], 0.98); // phi > 1 explodes the rounding
                }
                System.arraycopy(states0, 0, par, start.length, states0.length);
                Objective o = new Objective(y, model, m, spec.bounds(), spec.lower(), spec.upper());
                int j = 0;
                double alpha = par[j++];
                double beta = model.hasTrend() ? par[j++] : 0.0;
                double gamma = model.hasSeason() ? par[j++] : 0.0;
                double phi = model.damped() ? par[j++] : 1.0;
                double[] x0 = new double[o.state.length];
                o.expandState(par, j, x0);
                double[] e = new double[y.length];
                double lik = Recursion.filter(y, x0, m, model.error().code(), model.trend().code(),
                        model.season().code(), alpha, beta, gamma, phi, e, null, null);
                if (Double.isNaN(lik)) {
                    continue;
                }
                double[] back = new double[y.length];
                int done = Recursion.simulate(x0, m, model.error().code(), model.trend().code(),
                        model.season().code(), alpha, beta, gamma, phi, e, back);
                assertEquals(y.length, done, id + " " + model.code());
                double worst = 0;
                for (int t = 0; t < y.length; t++) {
                    worst = Math.max(worst, Math.abs(y[t] - back[t]) / Math.abs(y[t]));
                }
                assertTrue(worst < 1e-10, id + " " + model.code() + ": simulated back within " + worst + " relative");
                paths++;
            }
        }
        assertTrue(paths >= 60, paths + " series x models simulated");
    }

    /**
     * With zero errors the simulated path is the point forecast ({@link Recursion#pointForecast} iterates the
     * forecast, {@link Recursion#simulate} the kernel), for every model class: within 1e-9 relative. Seed 404.
     *
     * <p>For a damped trend the two part after the first step, because {@code pointForecast} is R's
     * {@code forecast} from {@code etscalc.c}, which damps step {@code h} by {@code phi + phi + phi^2 + ... +
     * phi^(h-1)} (it adds {@code phi^(i+1)} where the model has {@code phi^(i+2)}); that is pinned here too.
     */
    @Test
    void zeroErrorSimulationIsThePointForecast() {
        SplittableRandom rnd = new SplittableRandom(404);
        int compared = 0;
        for (EtsModel model : allModels()) {
            int trend = model.trend().code();
            int season = model.season().code();
            for (int draw = 0; draw < 200; draw++) {
                int m = season > 0 ? 4 + rnd.nextInt(9) : 1;
                double[] par = {rnd.nextDouble(0.01, 0.9), 0, 0, model.damped() ? rnd.nextDouble(0.8, 0.98) : 1.0};
                par[1] = trend > 0 ? rnd.nextDouble(0.001, par[0]) : 0.0;
                par[2] = season > 0 ? rnd.nextDouble(0.001, 1 - par[0]) : 0.0;
                double[] x = new double[Recursion.stateCount(trend, season, m)];
                x[0] = rnd.nextDouble(10, 1000);
                int so = 1;
                if (trend > 0) {
                    x[so++] = trend == 1 ? rnd.nextDouble(-5, 5) : rnd.nextDouble(0.9, 1.1);
                }
                for (int i = so; i < x.length; i++) {
                    x[i] = season == 1 ? rnd.nextDouble(-50, 50) : rnd.nextDouble(0.5, 1.5);
                }
                int h = 2 * m + 3;
                double[] point = Recursion.pointForecast(x, m, trend, season, par[3], h);
                double[] path = new double[h];
                assertEquals(h, Recursion.simulate(x, m, model.error().code(), trend, season, par[0], par[1], par[2],
                        par[3], new double[h], path));
                String at = model.code() + " draw " + draw;
                int steps = model.damped() ? 1 : h;
                for (int i = 0; i < steps; i++) {
                    assertEquals(path[i], point[i], 1e-9 * Math.max(1, Math.abs(path[i])), at + " step " + (i + 1));
                }
                if (model.damped()) {
                    double phi = par[3];
                    double s2 = season > 0 ? x[so + m - 2] : (season == 1 ? 0 : 1);
                    double l = x[0];
                    double b = x[1];
                    double rTrend = trend == 1 ? l + 2 * phi * b : l * Math.pow(b, 2 * phi);
                    double r2 = season == 1 ? rTrend + s2 : season == 2 ? rTrend * s2 : rTrend;
                    assertEquals(r2, point[1], 1e-12 * Math.abs(r2), at + " step 2 as R");
                }
                compared++;
            }
        }
        assertEquals(6000, compared);
    }

    private static Objective objective(double[] y, EtsModel model, int m, double[] par, double[] x0) {
        Objective o = new Objective(y, model, m, Bounds.BOTH, EtsSpec.defaults().lower(), EtsSpec.defaults().upper());
        o.alpha = par[0];
        o.beta = par[1];
        o.gamma = par[2];
        o.phi = par[3];
        System.arraycopy(x0, 0, o.state, 0, x0.length);
        return o;
    }

    /** (alpha, beta, gamma, phi); beta 0 without a trend, gamma 0 without a season, phi 1 undamped, as R passes. */
    private static double[] randomParameters(SplittableRandom rnd, EtsModel model) {
        double alpha = rnd.nextDouble(1e-4, 0.9999);
        double beta = model.hasTrend() ? rnd.nextDouble(1e-4, Math.max(alpha, 2e-4)) : 0.0;
        double gamma = model.hasSeason() ? rnd.nextDouble(1e-4, Math.max(1 - alpha, 2e-4)) : 0.0;
        double phi = 1.0;
        if (model.damped()) {
            int pick = rnd.nextInt(6);
            phi = pick == 0 ? 1 - rnd.nextDouble(0, 5e-11) : pick == 1 ? rnd.nextDouble(0.5, 1.2)
                    : rnd.nextDouble(0.8, 0.98);
        }
        return new double[] {alpha, beta, gamma, phi};
    }

    /** A state {@code (l, [b], [s_1..s_m])}, now and then with components near zero or a negative growth. */
    private static double[] randomState(SplittableRandom rnd, int trend, int season, int m) {
        double[] x = new double[Recursion.stateCount(trend, season, m)];
        int pick = rnd.nextInt(20);
        x[0] = pick == 0 ? rnd.nextDouble(-2e-10, 2e-10) : pick == 1 ? rnd.nextDouble(-1000, -1)
                : rnd.nextDouble(1, 1000);
        int so = 1;
        if (trend == 1) {
            x[so++] = rnd.nextDouble(-50, 50);
        } else if (trend == 2) {
            pick = rnd.nextInt(10);
            x[so++] = pick == 0 ? rnd.nextDouble(-1, 0) : pick == 1 ? rnd.nextDouble(0, 2e-10)
                    : rnd.nextDouble(0.8, 1.25);
        }
        for (int i = so; i < x.length; i++) {
            x[i] = season == 1 ? rnd.nextDouble(-100, 100) : rnd.nextDouble(0.2, 2);
        }
        if (season > 0 && rnd.nextInt(10) == 0) {
            x[x.length - 1] = rnd.nextDouble(-2e-10, 2e-10); // the seasonal used at this step
        }
        return x;
    }

    private static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> what + ": expected " + expected + ", was " + actual);
    }

    private static void assertBits(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            assertBits(expected[i], actual[i], what + " [" + i + "]");
        }
    }
}
