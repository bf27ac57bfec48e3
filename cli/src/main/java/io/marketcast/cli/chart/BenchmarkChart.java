package io.marketcast.cli.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Benchmark accuracy: one group of bars per method (ours first, marked "(ours)", each beside the published entry of
 * the same name), one bar per period, for one metric — sMAPE (percent) or MASE.
 */
public final class BenchmarkChart {

    /** The accuracy measure plotted. */
    public enum Metric {
        SMAPE("sMAPE, %", BenchmarkRow::smape),
        MASE("MASE", BenchmarkRow::mase);

        private final String title;
        private final ToDoubleFunction<BenchmarkRow> value;

        Metric(String title, ToDoubleFunction<BenchmarkRow> value) {
            this.title = title;
            this.value = value;
        }

        public Double of(BenchmarkRow r) {
            return value.applyAsDouble(r);
        }
    }

    private static final Color[] PERIOD_COLOURS = {new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F),
        new Color(0xB07AA1), new Color(0x9C755F), new Color(0x76B7B2)};

    private BenchmarkChart() {
    }

    /** The bar label of a method: {@code THETA (ours)} or {@code THETA}. */
    public static String label(BenchmarkRow r) {
        return r.ours() ? r.method() + " (ours)" : r.method();
    }

    /** Method labels in plotting order: by method name, ours before published. */
    public static List<String> methods(List<BenchmarkRow> rows) {
        return rows.stream().sorted(Comparator.comparing((BenchmarkRow r) -> r.method().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(r -> !r.ours())).map(BenchmarkChart::label).distinct().toList();
    }

    public static CategoryChart build(List<BenchmarkRow> rows, Metric metric, ChartSize size, String inputName) {
        if (rows.isEmpty()) {
            throw new ChartInputException(inputName + ": no rows to draw");
        }
        List<String> methods = methods(rows);
        List<String> periods = rows.stream().map(BenchmarkRow::period).distinct().toList();
        CategoryChart chart = ChartStyle.category(size, "Forecast accuracy by method and period: " + metric.title
                + " (lower is better)", "method", metric.title);
        for (int p = 0; p < periods.size(); p++) {
            String period = periods.get(p);
            List<Double> ys = new ArrayList<>();
            for (String m : methods) {
                ys.add(rows.stream().filter(r -> r.period().equals(period) && label(r).equals(m))
                        .map(metric::of).findFirst().orElse(null));
            }
            CategorySeries s = chart.addSeries(period, methods, ys);
            s.setFillColor(PERIOD_COLOURS[p % PERIOD_COLOURS.length]);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setXAxisLabelRotation(methods.size() > 6 ? 45 : 0);
        chart.getStyler().setyAxisTickLabelsFormattingFunction(v -> String.format(java.util.Locale.ROOT,
                metric == Metric.SMAPE ? "%.0f%%" : "%.1f", v));
        ChartStyle.finish(chart, size);
        return chart;
    }
}
