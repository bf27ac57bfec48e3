package io.marketcast.bench.growth;

import io.marketcast.forecast.growth.Curves;
import io.marketcast.forecast.growth.GrowthCurve;

/**
 * The benchmark problems: a curve, its true parameters, and the fixed start every tool begins from. The data are
 * {@code y_i = f(t_i; truth)·exp(0.02·sin(12.9898·i))} for {@code t_i = i = 1..40}: deterministic ±2% wiggles that
 * Python and R reproduce bit for bit (bench/compare/growth_fit_scipy.py, growth_fit_nls.R).
 */
public enum BenchCurve {
    LOGISTIC(Curves.LOGISTIC.curve(), new double[] {10000, 0.15, 20}, new double[] {15000, 0.1, 15}),
    GOMPERTZ(Curves.GOMPERTZ.curve(), new double[] {10000, 0.1, 15}, new double[] {15000, 0.05, 10});

    /** Number of points of every problem. */
    public static final int POINTS = 40;

    private final GrowthCurve curve;
    private final double[] truth;
    private final double[] start;

    BenchCurve(GrowthCurve curve, double[] truth, double[] start) {
        this.curve = curve;
        this.truth = truth;
        this.start = start;
    }

    public GrowthCurve curve() {
        return curve;
    }

    public double[] start() {
        return start.clone();
    }

    public double[] t() {
        double[] t = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            t[i] = i + 1;
        }
        return t;
    }

    public double[] y() {
        double[] y = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            y[i] = curve.value(i + 1, truth) * Math.exp(0.02 * Math.sin(12.9898 * (i + 1)));
        }
        return y;
    }
}
