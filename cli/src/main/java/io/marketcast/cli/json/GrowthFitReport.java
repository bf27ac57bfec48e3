package io.marketcast.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code marketcast fit}: a growth curve fitted to data, values in the data's unit ({@code unit}: USD millions for a
 * series; a file's own unit, then {@code series}, {@code asOf} and {@code unit} are left out); forecast values rounded
 * to six significant digits (parameters and fit statistics at full precision);
 * {@code rss} and {@code sigma} on the log scale for multiplicative errors; {@code candidates} and {@code skipped}
 * only for {@code --model auto}.
 */
public record GrowthFitReport(@JsonInclude(JsonInclude.Include.NON_NULL) String series,
        @JsonInclude(JsonInclude.Include.NON_NULL) String asOf, @JsonInclude(JsonInclude.Include.NON_NULL) String unit,
        String model, String error, boolean converged, int iterations,
        List<Parameter> parameters, double rss, double sigma, double aicc, double bic, List<ForecastRow> forecast,
        int n, double logLikelihood, List<String> diagnostics,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Candidate> candidates,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> skipped) {

    /** A parameter in the curve's parametrisation; {@code stdError} null when the parameter is not identified. */
    public record Parameter(String name, double estimate, Double stdError) {
    }

    /**
     * One forecast step, labelled by {@code t} (a CSV fit) or {@code quarter} (a series fit): the median (with
     * multiplicative errors the exponential of the log-scale mean; with additive normal errors also the mean) and
     * the 80/95% bounds.
     */
    public record ForecastRow(@JsonInclude(JsonInclude.Include.NON_NULL) Double t,
            @JsonInclude(JsonInclude.Include.NON_NULL) String quarter, double median, double lower80, double upper80,
            double lower95, double upper95) {
    }

    /** A curve tried by {@code auto}: its AICc, the difference to the best, and why it is unusable if it is. */
    public record Candidate(String model, double aicc, double deltaAicc, boolean usable, List<String> diagnostics) {
    }
}
