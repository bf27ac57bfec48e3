package io.marketcast.cli.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * {@code marketcast backtest}: rolling-origin scores per method; values in {@code unit}, sMAPE and MAPE in percent,
 * MASE, RMSSE and MSIS scaled by the seasonal naive error, coverage as a share 0..1.
 */
public record BacktestReport(String series, String metric, String unit, String asOf, int horizon,
        List<MethodResult> results) {

    /** One method: its mean scores over the origins and each origin's forecast. */
    public record MethodResult(String method, int origins, int failures, double smape, double mape, double mase,
            double rmsse, double coverage80, double coverage95, double msis95, List<Origin> forecasts) {
    }

    /** One origin: the quarters forecast and their actual values, then either a scored forecast or a failure. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION)
    @JsonSubTypes({@JsonSubTypes.Type(Scored.class), @JsonSubTypes.Type(Failed.class)})
    public sealed interface Origin permits Scored, Failed {
    }

    /** A forecast from {@code origin} with its 95% interval, sMAPE (percent) and MASE. */
    public record Scored(String origin, List<String> quarters, double[] actual, double[] forecast, double[] lower95,
            double[] upper95, double smape, double mase) implements Origin {
    }

    /** An origin at which the method failed, and why. */
    public record Failed(String origin, List<String> quarters, double[] actual, String failure) implements Origin {
    }
}
