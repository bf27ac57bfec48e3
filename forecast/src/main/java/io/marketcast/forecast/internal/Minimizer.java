package io.marketcast.forecast.internal;

import java.util.function.DoubleUnaryOperator;

/**
 * Deterministic minimisation of a function of one parameter on a closed interval: a grid scan (so a function with
 * several local minima is searched globally at the grid's resolution) followed by golden-section refinement
 * between the neighbours of the best grid point. Non-finite function values count as +∞.
 */
public final class Minimizer {

    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private Minimizer() {
    }

    /**
     * The argument in {@code [lo, hi]} at which {@code f} is smallest.
     *
     * @param gridPoints number of grid points (at least 2)
     * @param tolerance  width of the final bracket
     */
    public static double minimize(DoubleUnaryOperator f, double lo, double hi, int gridPoints, double tolerance) {
        if (!(lo <= hi) || gridPoints < 2) {
            throw new IllegalArgumentException("need lo <= hi and at least 2 grid points: [" + lo + ", " + hi + "], "
                    + gridPoints);
        }
        double step = (hi - lo) / (gridPoints - 1);
        int best = 0;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int i = 0; i < gridPoints; i++) {
            double v = value(f, lo + i * step);
            if (v < bestValue) {
                bestValue = v;
                best = i;
            }
        }
        double a = lo + Math.max(0, best - 1) * step;
        double b = lo + Math.min(gridPoints - 1, best + 1) * step;
        double bestX = lo + best * step;
        double c = b - GOLDEN * (b - a);
        double d = a + GOLDEN * (b - a);
        double fc = value(f, c);
        double fd = value(f, d);
        while (b - a > tolerance) {
            if (fc < fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - GOLDEN * (b - a);
                fc = value(f, c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + GOLDEN * (b - a);
                fd = value(f, d);
            }
        }
        double x = (a + b) / 2;
        double fx = value(f, x);
        return fx <= bestValue ? x : bestX;
    }

    private static double value(DoubleUnaryOperator f, double x) {
        double v = f.applyAsDouble(x);
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }
}
