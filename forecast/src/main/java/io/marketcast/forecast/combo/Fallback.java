package io.marketcast.forecast.combo;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.InsufficientDataException;
import java.util.Objects;

/**
 * The first method, or the second where the first cannot forecast the history (its fit is unusable or the data
 * too short: {@link InsufficientDataException}). The forecast's method name says which one answered.
 *
 * @param name      registry name
 * @param primary   tried first
 * @param secondary used when the primary refuses
 */
public record Fallback(String name, Forecaster primary, Forecaster secondary) implements Forecaster {

    public Fallback {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
    }

    @Override
    public Forecast forecast(double[] history, int frequency, int horizon, double... levels) {
        Forecast f;
        try {
            f = primary.forecast(history, frequency, horizon, levels);
        } catch (InsufficientDataException e) {
            f = secondary.forecast(history, frequency, horizon, levels);
        }
        return new Forecast(name + " (" + f.method() + ")", f.mean(), f.levels(), lowers(f), uppers(f));
    }

    private static double[][] lowers(Forecast f) {
        double[][] out = new double[f.levels().length][];
        for (int k = 0; k < out.length; k++) {
            out[k] = f.lower(f.levels()[k]);
        }
        return out;
    }

    private static double[][] uppers(Forecast f) {
        double[][] out = new double[f.levels().length][];
        for (int k = 0; k < out.length; k++) {
            out[k] = f.upper(f.levels()[k]);
        }
        return out;
    }
}
