package io.marketcast.forecast;

import java.util.Objects;

/**
 * What {@code marketcast methods} says of a method family.
 *
 * @param name                 the family's name (the part before {@code :} in the method grammar)
 * @param description          one line: what it is
 * @param seasonality          how it treats a seasonal period
 * @param minimumData          the fewest observations it needs, as text (e.g. {@code 3}, {@code m + 1})
 * @param parameterUncertainty whether its intervals and sample paths include the uncertainty of its estimates
 * @param arguments            the grammar of its fixed variants, e.g. {@code ets:MODEL (ETS code such as AAdN)};
 *                             empty when it has none
 */
public record MethodInfo(String name, String description, Seasonality seasonality, String minimumData,
        boolean parameterUncertainty, String arguments) {

    /** What a family name looks like: lower-case letters, digits and '-', starting with a letter. */
    public static final String NAME_PATTERN = "[a-z][a-z0-9-]*";

    /** How a method treats the seasonal period. */
    public enum Seasonality {
        /** Ignores it (growth curves, random walks). */
        NONE("no"),
        /** Models the season itself (seasonal ETS, seasonal naive). */
        MODELS("models it"),
        /** Deseasonalises by classical decomposition when a test finds seasonality, then reseasonalises. */
        ADJUSTS("deseasonalises"),
        /** As its members do. */
        MEMBERS("as its members");

        private final String label;

        Seasonality(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public MethodInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(seasonality, "seasonality");
        Objects.requireNonNull(minimumData, "minimumData");
        arguments = arguments == null ? "" : arguments;
        if (!name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("method name '" + name + "' is not usable: lower-case letters, digits"
                    + " and '-', starting with a letter");
        }
    }
}
