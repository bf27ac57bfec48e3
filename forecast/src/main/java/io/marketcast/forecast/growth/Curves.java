package io.marketcast.forecast.growth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The registry of growth curves: every curve by its command-line name, in the order of the issue. */
public enum Curves {
    LINEAR(new LinearCurve()),
    EXPONENTIAL(new ExponentialCurve()),
    LOGISTIC(new LogisticCurve()),
    GOMPERTZ(new GompertzCurve()),
    RICHARDS(new RichardsCurve()),
    MONOMOLECULAR(new MonomolecularCurve()),
    BASS(new BassCurve());

    private final GrowthCurve curve;

    Curves(GrowthCurve curve) {
        this.curve = curve;
    }

    public GrowthCurve curve() {
        return curve;
    }

    /** Every curve, in registry order. */
    public static List<GrowthCurve> all() {
        return Arrays.stream(values()).map(Curves::curve).toList();
    }

    /** The names, in registry order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(c -> c.curve.name()).toList();
    }

    /** The names of the curves with a capacity (a saturation level), which a scenario may fix. */
    public static List<String> withCapacity() {
        return Arrays.stream(values()).filter(c -> c.curve.capacityIndex() >= 0).map(c -> c.curve.name()).toList();
    }

    /**
     * The curve called {@code name} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the bad name and listing the valid ones
     */
    public static GrowthCurve byName(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (Curves c : values()) {
            if (c.curve.name().equals(n)) {
                return c.curve;
            }
        }
        throw new IllegalArgumentException("unknown growth curve '" + name + "' (valid: "
                + String.join(", ", names()) + ")");
    }
}
