package io.marketcast.cli.chart;

/** The chart kinds of {@code marketcast chart KIND}, each with the CSV of record it draws. */
public enum ChartKind {
    FAN("quantiles.csv (+ history.csv)", "fan chart of one series"),
    SHARE("quantiles.csv", "stacked median market shares"),
    PROFIT("events.csv (+ quantiles.csv)", "P(profitable by quarter) per unit"),
    CROSSOVER("events.csv", "crossover probability curves"),
    GROWTH("growth-fit CSV", "data, fitted growth curve and capacity"),
    BENCHMARK("benchmark CSV", "sMAPE or MASE by method and period");

    private final String input;
    private final String what;

    ChartKind(String input, String what) {
        this.input = input;
        this.what = what;
    }

    public String input() {
        return input;
    }

    public String what() {
        return what;
    }
}
