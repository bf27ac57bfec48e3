package io.marketcast.forecast.arima;

import java.util.Locale;

/**
 * The orders of a seasonal ARIMA(p,d,q)(P,D,Q)m model.
 *
 * @param p      non-seasonal AR order
 * @param d      non-seasonal differences
 * @param q      non-seasonal MA order
 * @param sp     seasonal AR order P
 * @param sd     seasonal differences D
 * @param sq     seasonal MA order Q
 * @param period seasonal period m (1 for none; then P = D = Q = 0)
 */
public record ArimaOrder(int p, int d, int q, int sp, int sd, int sq, int period) {

    public ArimaOrder {
        if (p < 0 || d < 0 || q < 0 || sp < 0 || sd < 0 || sq < 0) {
            throw new IllegalArgumentException("ARIMA orders must be non-negative, got " + p + "," + d + "," + q
                    + "," + sp + "," + sd + "," + sq);
        }
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1, got " + period);
        }
        if (period == 1 && (sp > 0 || sd > 0 || sq > 0)) {
            throw new IllegalArgumentException("seasonal orders (" + sp + "," + sd + "," + sq
                    + ") need a seasonal period above 1");
        }
    }

    /** A non-seasonal ARIMA(p,d,q). */
    public static ArimaOrder of(int p, int d, int q) {
        return new ArimaOrder(p, d, q, 0, 0, 0, 1);
    }

    /** Number of ARMA coefficients: p + q + P + Q. */
    public int narma() {
        return p + q + sp + sq;
    }

    /** Total number of differences d + D. */
    public int differences() {
        return d + sd;
    }

    /** As R's arima.string: {@code ARIMA(1,1,0)(0,1,1)[12]}, the seasonal part only when it has an order. */
    @Override
    public String toString() {
        String s = String.format(Locale.ROOT, "ARIMA(%d,%d,%d)", p, d, q);
        if (period > 1 && sp + sd + sq > 0) {
            s += String.format(Locale.ROOT, "(%d,%d,%d)[%d]", sp, sd, sq, period);
        }
        return s;
    }
}
