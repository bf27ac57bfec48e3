package io.marketcast.cli.panel;

import io.marketcast.cli.panel.Table.Type;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.panel.CrossValidation;
import io.marketcast.forecast.panel.PanelForecaster;
import io.marketcast.forecast.panel.PanelSeries;
import java.util.ArrayList;
import java.util.List;

/** The tables of record of {@code forecast} and {@code cv}; columns as docs/outputs.md documents them. */
public final class PanelTables {

    private PanelTables() {
    }

    /** {@code 0.8 → "80"}, {@code 0.995 → "99.5"}. */
    public static String levelLabel(double level) {
        return Table.number(Math.round(level * 1e6) / 1e4);
    }

    private static void intervalColumns(List<String> names, List<Type> types, double[] levels) {
        for (double l : levels) {
            names.add("lo" + levelLabel(l));
            types.add(Type.DOUBLE);
            names.add("hi" + levelLabel(l));
            types.add(Type.DOUBLE);
        }
    }

    /** {@code series, date, method, point, lo80, hi80, lo95, hi95, ..., note}: one row per series, date, method. */
    public static Table forecasts(List<PanelForecaster.Result> results, double[] levels) {
        return forecasts(results, levels, null);
    }

    /**
     * As {@link #forecasts(List, double[])} with a column {@code chosen} before {@code note} when {@code chosen} is
     * not null: for each result, the method a per-series choice picked ({@code best-by-cv}), empty for the others.
     */
    public static Table forecasts(List<PanelForecaster.Result> results, double[] levels, List<String> chosen) {
        List<String> names = new ArrayList<>(List.of("series", "date", "method", "point"));
        List<Type> types = new ArrayList<>(List.of(Type.STRING, Type.STRING, Type.STRING, Type.DOUBLE));
        intervalColumns(names, types, levels);
        if (chosen != null) {
            names.add("chosen");
            types.add(Type.STRING);
        }
        names.add("note");
        types.add(Type.STRING);
        Table t = Table.of(names, types);
        for (int i = 0; i < results.size(); i++) {
            PanelForecaster.Result r = results.get(i);
            PanelSeries s = r.series();
            Forecast f = r.forecast();
            double[] point = f.mean();
            double[][] lo = f.lower();
            double[][] hi = f.upper();
            for (int h = 0; h < point.length; h++) {
                Object[] row = new Object[names.size()];
                row[0] = s.id();
                row[1] = s.date(s.length() + h);
                row[2] = r.method();
                row[3] = point[h];
                for (int k = 0; k < levels.length; k++) {
                    row[4 + 2 * k] = lo[k][h];
                    row[5 + 2 * k] = hi[k][h];
                }
                if (chosen != null) {
                    row[row.length - 2] = chosen.get(i);
                }
                row[row.length - 1] = r.note();
                t.add(row);
            }
        }
        return t;
    }

    /**
     * {@code series, window, cutoff, date, method, actual, point, lo80, hi80, ..., note}: one row per series,
     * window, forecast date and method; {@code cutoff} is the date of the last value the method saw.
     */
    public static Table windows(CrossValidation.Result result) {
        double[] levels = result.levels();
        List<String> names = new ArrayList<>(List.of("series", "window", "cutoff", "date", "method", "actual",
                "point"));
        List<Type> types = new ArrayList<>(List.of(Type.STRING, Type.INT, Type.STRING, Type.STRING, Type.STRING,
                Type.DOUBLE, Type.DOUBLE));
        intervalColumns(names, types, levels);
        names.add("note");
        types.add(Type.STRING);
        Table t = Table.of(names, types);
        for (CrossValidation.Window w : result.windows()) {
            w.rows().forEach(t::add);
        }
        return t;
    }

    /**
     * {@code method, series, windows, mae, rmse, mape, smape, mase, coverage80, coverage95, msis, fallbacks}: one
     * row per method, means over every window of every series.
     */
    public static Table accuracy(CrossValidation.Result result) {
        double[] levels = result.levels();
        List<String> names = new ArrayList<>(List.of("method", "series", "windows", "mae", "rmse", "mape", "smape",
                "mase"));
        List<Type> types = new ArrayList<>(List.of(Type.STRING, Type.INT, Type.INT, Type.DOUBLE, Type.DOUBLE,
                Type.DOUBLE, Type.DOUBLE, Type.DOUBLE));
        for (double l : levels) {
            names.add("coverage" + levelLabel(l));
            types.add(Type.DOUBLE);
        }
        names.add("msis");
        types.add(Type.DOUBLE);
        names.add("fallbacks");
        types.add(Type.INT);
        Table t = Table.of(names, types);
        for (CrossValidation.Accuracy a : result.accuracy()) {
            t.add(a.values());
        }
        return t;
    }
}
