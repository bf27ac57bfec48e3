package io.marketcast.forecast.ets;

import java.util.Objects;

/**
 * One member of the ETS family: error type × trend type (possibly damped) × season type.
 *
 * <p>Written as in Hyndman et al. (2008): {@code ETS(A,Ad,N)} by {@link #toString()}, or compactly {@code AAdN} by
 * {@link #code()} and {@link #parse(String)}. The error is never {@link Component#NONE}; a damped model has a trend.
 *
 * @param error  additive or multiplicative errors
 * @param trend  none, additive or multiplicative trend
 * @param damped whether the trend is damped by {@code phi}
 * @param season none, additive or multiplicative season
 */
public record EtsModel(Component error, Component trend, boolean damped, Component season) {

    public EtsModel {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(season, "season");
        if (error == Component.NONE) {
            throw new IllegalArgumentException("error must be A or M, was N");
        }
        if (damped && trend == Component.NONE) {
            throw new IllegalArgumentException("a damped model needs a trend; damped with trend N is not a model");
        }
    }

    /**
     * Parses a compact code: error letter, trend letter (optionally followed by {@code d} for damped), season
     * letter. Examples: {@code ANN}, {@code AAdN}, {@code MAM}, {@code MMdM}.
     */
    public static EtsModel parse(String code) {
        Objects.requireNonNull(code, "code");
        String c = code.startsWith("ETS(") && code.endsWith(")")
                ? code.substring(4, code.length() - 1).replace(",", "") : code;
        boolean damped = c.length() == 4 && c.charAt(2) == 'd';
        if (!(c.length() == 3 || damped)) {
            throw new IllegalArgumentException(
                    "model code must look like ANN, AAdN or MAM (error, trend[d], season), was '" + code + "'");
        }
        try {
            return new EtsModel(Component.ofLetter(c.charAt(0)), Component.ofLetter(c.charAt(1)), damped,
                    Component.ofLetter(c.charAt(c.length() - 1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad model code '" + code + "': " + e.getMessage(), e);
        }
    }

    /** Compact code, e.g. {@code AAdN}. */
    public String code() {
        return "" + error.letter() + trend.letter() + (damped ? "d" : "") + season.letter();
    }

    /** Whether R's {@code ets(restrict = TRUE)} excludes the model as numerically unstable. */
    public boolean restricted() {
        return (error == Component.ADDITIVE
                && (trend == Component.MULTIPLICATIVE || season == Component.MULTIPLICATIVE))
                || (error == Component.MULTIPLICATIVE && trend == Component.MULTIPLICATIVE
                        && season == Component.ADDITIVE);
    }

    /** Whether any component is multiplicative (then the data must be strictly positive). */
    public boolean anyMultiplicative() {
        return error == Component.MULTIPLICATIVE || trend == Component.MULTIPLICATIVE
                || season == Component.MULTIPLICATIVE;
    }

    public boolean hasTrend() {
        return trend != Component.NONE;
    }

    public boolean hasSeason() {
        return season != Component.NONE;
    }

    @Override
    public String toString() {
        return "ETS(" + error.letter() + "," + trend.letter() + (damped ? "d" : "") + "," + season.letter() + ")";
    }
}
