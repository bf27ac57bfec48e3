package io.marketcast.forecast.arima;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.internal.Checks;
import java.util.Locale;

/**
 * ARIMA as a registered method: {@code arima} is forecast's {@code auto.arima} with R's defaults ({@link AutoArima});
 * {@code arima:p,d,q} and {@code arima:p,d,q,P,D,Q} are fixed orders as R's {@code Arima(y, order, seasonal)}: a
 * mean when there are no differences, no drift; {@code arima-drift:p,d,q[,P,D,Q]} adds a drift (as
 * {@code Arima(..., include.drift = TRUE)}), which needs d + D = 1; the bare {@code arima-drift} is ARIMA(0,1,0) with
 * drift. (A drift is a family of its own rather than an
 * argument so that lists of method names, split at commas, stay unambiguous.) Seasonal orders are ignored for a period of 1, as R does.
 * Fixed orders need at least d + D·m + k + 2 values (k coefficients, the mean or drift included); auto.arima 3.
 *
 * @param order    the fixed orders (seasonal period taken from the data), or null for auto.arima
 * @param drift    for fixed orders: include a drift
 */
public record ArimaMethod(int[] order, boolean drift) implements Method {

    public static final String NAME = "arima";
    /** The family of fixed orders with a drift. */
    public static final String DRIFT_NAME = "arima-drift";
    /** The fewest values auto.arima is given (R would fit a mean to fewer). */
    public static final int AUTO_MINIMUM = 3;

    public ArimaMethod {
        if (order != null) {
            order = order.clone();
            if (order.length != 3 && order.length != 6) {
                throw new IllegalArgumentException("arima:p,d,q or arima:p,d,q,P,D,Q, got " + order.length
                        + " orders");
            }
            for (int v : order) {
                if (v < 0) {
                    throw new IllegalArgumentException("arima orders must be non-negative, got " + v);
                }
            }
            int diffs = order[1] + (order.length == 6 ? order[4] : 0);
            if (drift && diffs != 1) {
                throw new IllegalArgumentException(DRIFT_NAME + " needs exactly one difference (d + D = 1), got "
                        + diffs);
            }
        } else if (drift) {
            throw new IllegalArgumentException(DRIFT_NAME + " takes fixed orders: " + DRIFT_NAME + ":p,d,q[,P,D,Q]");
        }
    }

    /** auto.arima. */
    public static ArimaMethod auto() {
        return new ArimaMethod(null, false);
    }

    /** The method for the text after {@code arima:}, or for {@code null} (the bare name, auto.arima). */
    public static ArimaMethod parse(String args) {
        return parse(args, false);
    }

    /**
     * The method for the text after {@code arima-drift:}; the bare name is ARIMA(0,1,0) with drift, the random
     * walk with drift.
     */
    public static ArimaMethod parseDrift(String args) {
        return args == null ? new ArimaMethod(new int[] {0, 1, 0}, true) : parse(args, true);
    }

    private static ArimaMethod parse(String args, boolean drift) {
        if (args == null) {
            return auto();
        }
        String[] parts = args.strip().split(",");
        int k = parts.length;
        String family = drift ? DRIFT_NAME : NAME;
        if (k != 3 && k != 6) {
            throw new IllegalArgumentException(family + " takes p,d,q or p,d,q,P,D,Q, got '" + args + "'");
        }
        int[] o = new int[k];
        for (int i = 0; i < k; i++) {
            try {
                o[i] = Integer.parseInt(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("arima orders are whole numbers, got '" + parts[i].strip()
                        + "' in '" + args + "'");
            }
        }
        return new ArimaMethod(o, drift);
    }

    @Override
    public int[] order() {
        return order == null ? null : order.clone();
    }

    @Override
    public String name() {
        if (order == null) {
            return NAME;
        }
        if (drift && java.util.Arrays.equals(order, new int[] {0, 1, 0})) {
            return DRIFT_NAME;
        }
        StringBuilder b = new StringBuilder(drift ? DRIFT_NAME : NAME).append(':');
        for (int i = 0; i < order.length; i++) {
            b.append(i == 0 ? "" : ",").append(order[i]);
        }
        return b.toString();
    }

    @Override
    public Fitted fit(double[] history, int period) {
        Checks.history(name(), history, period, 0);
        ArimaFit fit;
        try {
            if (order == null) {
                if (history.length < AUTO_MINIMUM) {
                    throw new InsufficientDataException(NAME + " needs at least " + AUTO_MINIMUM + " values, got "
                            + history.length);
                }
                fit = AutoArima.fit(history, period);
            } else {
                boolean seasonal = order.length == 6 && period > 1;
                ArimaOrder o = new ArimaOrder(order[0], order[1], order[2], seasonal ? order[3] : 0,
                        seasonal ? order[4] : 0, seasonal ? order[5] : 0, seasonal ? period : 1);
                boolean constant = drift || o.differences() == 0;
                int minimum = o.d() + o.sd() * o.period() + o.narma() + (constant ? 1 : 0) + 2;
                if (history.length < minimum) {
                    throw new InsufficientDataException(String.format(Locale.ROOT,
                            "%s needs at least %d values (d + D·m + its %d coefficients + 2), got %d", name(),
                            minimum, o.narma() + (constant ? 1 : 0), history.length));
                }
                fit = ArimaEstimator.fit(history, o, constant, Estimation.CSS_ML, Double.NaN);
            }
        } catch (ArimaEstimator.ArimaException | Optim.NonFiniteGradient e) {
            throw new InsufficientDataException(name() + " could not fit this history: " + e.getMessage());
        } catch (IllegalStateException e) {
            throw new InsufficientDataException(name() + " could not fit this history: " + e.getMessage());
        }
        if (!(fit.sigma2() >= 0) || !Double.isFinite(fit.logLikelihood()) && fit.npar() > 1) {
            throw new InsufficientDataException(name() + " could not fit this history: " + fit.label()
                    + " has no finite likelihood");
        }
        return new ArimaFitted(name(), history.clone(), period, fit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArimaMethod a && java.util.Arrays.equals(order, a.order) && drift == a.drift;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(order) * 31 + (drift ? 1 : 0);
    }

    @Override
    public String toString() {
        return name();
    }
}
