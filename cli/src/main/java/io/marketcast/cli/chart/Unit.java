package io.marketcast.cli.chart;

import java.util.Locale;

/** What a plotted value measures: how a table value becomes a plotted one, and how the axis reads. */
public enum Unit {
    /** Millions of a currency in the table (USD unless a chart says otherwise), plotted in billions. */
    MONEY("USD billions per quarter", 1e-3),
    /** Percent in the table, plotted as is. */
    PERCENT("percent", 1),
    /** A probability in [0, 1] in the table, plotted in percent. */
    PROBABILITY("probability, %", 100);

    private final String axisTitle;
    private final double scale;

    Unit(String axisTitle, double scale) {
        this.axisTitle = axisTitle;
        this.scale = scale;
    }

    /** The axis title with money in {@code currency}: {@code EUR billions per quarter}. */
    public String axisTitle(String currency) {
        return this == MONEY ? currency + " billions per quarter" : axisTitle;
    }

    /** A tick label with money in {@code currency}: {@code €12B}, {@code CHF 3B}. */
    public String tick(double plotted, String currency) {
        String t = tick(plotted);
        return this == MONEY ? t.replace("$", io.marketcast.cli.text.Money.sign(currency)) : t;
    }

    /** The unit of a quantiles.csv result id. */
    public static Unit of(String id) {
        return id.startsWith("share:") || id.startsWith("margin:") ? PERCENT : MONEY;
    }

    public String axisTitle() {
        return axisTitle;
    }

    /** The plotted value of a table value. */
    public double plot(double tableValue) {
        return tableValue * scale;
    }

    /** A tick label. */
    public String tick(double plotted) {
        double a = Math.abs(plotted);
        String digits = a >= 10 || a == Math.rint(a) ? "%.0f" : "%.1f";
        String n = String.format(Locale.ROOT, digits, a);
        String sign = plotted < 0 && !n.matches("[0.]+") ? "-" : "";
        return switch (this) {
            case MONEY -> sign + "$" + n + "B";
            case PERCENT, PROBABILITY -> sign + n + "%";
        };
    }
}
