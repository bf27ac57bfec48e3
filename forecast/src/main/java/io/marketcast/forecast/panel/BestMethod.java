package io.marketcast.forecast.panel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * Each series' best method by a cross-validation metric: per series, the method whose mean score over the series'
 * windows is lowest (statsforecast's "best model per series" after {@code cross_validation}). The choice uses only
 * what the cross-validation saw, so when that ran on the data a forecast is made from, nothing after the forecast
 * origin is looked at.
 *
 * <p>Rules: each method's mean skips the windows where the metric is undefined (MAPE with a zero actual, MASE and
 * MSIS with a constant history, MSIS without a 95% interval); a tie goes to the method asked for first; when the
 * metric is undefined for every method of a series, MAE decides instead and the choice says so; a series without
 * any window (too short for the cut-offs) gets the first method with no score.
 */
public final class BestMethod {

    /** The metrics a choice can be made by; each lower-is-better. */
    public enum Metric {
        MAE(CrossValidation.Scores::mae),
        RMSE(CrossValidation.Scores::rmse),
        MAPE(CrossValidation.Scores::mape),
        SMAPE(CrossValidation.Scores::smape),
        MASE(CrossValidation.Scores::mase),
        MSIS(CrossValidation.Scores::msis);

        private final ToDoubleFunction<CrossValidation.Scores> score;

        Metric(ToDoubleFunction<CrossValidation.Scores> score) {
            this.score = score;
        }

        /** The metric's score of one window (NaN where undefined). */
        public double of(CrossValidation.Scores s) {
            return score.applyAsDouble(s);
        }

        /** The lower-case name, as the command line and the files write it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code smape}, {@code MASE}, ...; a misspelt name fails with the list of valid ones. */
        public static Metric parse(String text) {
            for (Metric m : values()) {
                if (m.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown metric '" + text + "'; valid: mae, rmse, mape, smape, mase, "
                    + "msis");
        }
    }

    /**
     * The best method of one series.
     *
     * @param series  the series id
     * @param method  the method chosen (its name as asked for)
     * @param metric  the metric that decided: the one asked for, or MAE when that was undefined for every method
     * @param score   the chosen method's mean score over the windows; NaN when the series had no window
     * @param windows the windows that mean is over (0 when the series had none)
     */
    public record Choice(String series, String method, Metric metric, double score, int windows) {

        public Choice {
            Objects.requireNonNull(series, "series");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(metric, "metric");
        }
    }

    private BestMethod() {
    }

    /**
     * The best method of every series of {@code panel} by {@code metric}, in the panel's order.
     *
     * @param panel  the panel cross-validated
     * @param result its cross-validation (methods in the order asked for; ties go to the earlier)
     */
    public static List<Choice> choose(Panel panel, CrossValidation.Result result, Metric metric) {
        Objects.requireNonNull(metric, "metric");
        List<String> methods = result.accuracy().stream().map(CrossValidation.Accuracy::method).toList();
        Map<PanelSeries, List<CrossValidation.Window>> bySeries = new LinkedHashMap<>();
        for (CrossValidation.Window w : result.windows()) {
            bySeries.computeIfAbsent(w.series(), s -> new ArrayList<>()).add(w);
        }
        List<Choice> out = new ArrayList<>(panel.size());
        for (PanelSeries s : panel.series()) {
            List<CrossValidation.Window> ws = bySeries.getOrDefault(s, List.of());
            if (ws.isEmpty()) {
                out.add(new Choice(s.id(), methods.get(0), metric, Double.NaN, 0));
                continue;
            }
            Choice c = best(s.id(), ws, methods, metric);
            out.add(c != null ? c : best(s.id(), ws, methods, Metric.MAE));
        }
        return out;
    }

    /** The lowest mean score, the first method on a tie; null when the metric is undefined for every method. */
    private static Choice best(String id, List<CrossValidation.Window> ws, List<String> methods, Metric metric) {
        Choice best = null;
        for (String m : methods) {
            double sum = 0;
            int n = 0;
            for (CrossValidation.Window w : ws) {
                if (w.method().equals(m)) {
                    double v = metric.of(w.scores());
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
            }
            if (n > 0 && (best == null || sum / n < best.score())) {
                best = new Choice(id, m, metric, sum / n, n);
            }
        }
        return best;
    }
}
