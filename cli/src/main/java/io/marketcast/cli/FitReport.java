package io.marketcast.cli;

import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.json.GrowthFitReport;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.growth.Diagnostic;
import io.marketcast.forecast.growth.GrowthCurve;
import io.marketcast.forecast.growth.GrowthFit;
import io.marketcast.forecast.growth.GrowthSelection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a growth fit as a table or as JSON (the schema, numbers at full double precision). A value that
 * does not exist (the standard error of an unidentified parameter) is {@code null} in JSON and {@code n/a} in a
 * table, never NaN.
 *
 * @param data      what was fitted
 * @param fit       the fit shown in full (for {@code auto}: the one with the smallest AICc)
 * @param selection all candidates of {@code auto}, or null for one named curve
 * @param forecast  the forecast, or null when there is none (horizon 0, or an unusable fit)
 */
record FitReport(FitData data, GrowthFit fit, GrowthSelection selection, Forecast forecast) {

    static final double[] LEVELS = {0.80, 0.95};

    GrowthFitReport json() {
        List<GrowthFitReport.Parameter> params = new ArrayList<>();
        double[] se = fit.stdErrors().orElse(null);
        GrowthCurve c = fit.curve();
        for (int i = 0; i < c.parameterCount(); i++) {
            params.add(new GrowthFitReport.Parameter(c.parameterNames().get(i), fit.estimate(i),
                    se == null ? null : se[i]));
        }
        List<GrowthFitReport.ForecastRow> rows = new ArrayList<>();
        if (forecast != null) {
            boolean byT = data.axis().equals("t");
            for (int h = 0; h < forecast.horizon(); h++) {
                rows.add(new GrowthFitReport.ForecastRow(byT ? data.future()[h] : null,
                        byT ? null : data.labels().get(h), sig6(forecast.mean()[h]), sig6(forecast.lower(0.80)[h]),
                        sig6(forecast.upper(0.80)[h]), sig6(forecast.lower(0.95)[h]), sig6(forecast.upper(0.95)[h])));
            }
        }
        List<GrowthFitReport.Candidate> cands = null;
        if (selection != null) {
            cands = new ArrayList<>();
            for (GrowthFit f : candidates()) {
                cands.add(new GrowthFitReport.Candidate(f.curve().name(), f.aicc(), f.aicc() - fit.aicc(),
                        f.usable(), f.diagnostics().stream().map(Diagnostic::toString).toList()));
            }
        }
        return new GrowthFitReport(data.series(), data.asOf(), data.unit(), c.name(), fit.error().label(), fit.converged(), fit.iterations(), params,
                fit.rss(), fit.sigma(), fit.aicc(), fit.bic(), rows, fit.n(), fit.logLikelihood(),
                fit.diagnostics().stream().map(Diagnostic::toString).toList(), cands,
                selection == null ? null : selection.skipped());
    }

    private List<GrowthFit> candidates() {
        List<GrowthFit> all = new ArrayList<>(selection.ranked());
        all.addAll(selection.unusable());
        return all;
    }

    void printTable(PrintWriter out) {
        out.println(data.title());
        GrowthCurve c = fit.curve();
        out.println("Model " + c.name() + ": " + c.formula() + " · " + fit.error().label() + " errors"
                + (fit.error().label().equals("multiplicative") ? " (fitted in logs)" : "") + " · "
                + (fit.converged() ? "converged in " + fit.iterations() + " iteration"
                        + (fit.iterations() == 1 ? "" : "s") : "DID NOT CONVERGE"));
        out.println();
        TextTable p = new TextTable("parameter", "estimate", "std.error", "meaning").right(1, 2);
        double[] se = fit.stdErrors().orElse(null);
        for (int i = 0; i < c.parameterCount(); i++) {
            p.row(c.parameterNames().get(i), num(fit.estimate(i)), se == null ? "n/a" : num(se[i]),
                    c.parameterMeanings().get(i));
        }
        p.print(out);
        out.println();
        String scale = fit.error().label().equals("multiplicative") ? " (log scale)" : "";
        out.println("n " + fit.n() + " · RSS " + num(fit.rss()) + scale + " · sigma " + num(fit.sigma()) + scale
                + " · log-likelihood " + num(fit.logLikelihood()) + " · AICc " + num(fit.aicc()) + " · BIC "
                + num(fit.bic()));
        if (!fit.diagnostics().isEmpty()) {
            out.println("Diagnostics:");
            fit.diagnostics().forEach(d -> out.println("  - " + d));
        }
        if (selection != null) {
            out.println();
            out.println("Candidates, best AICc first (unusable fits last):");
            TextTable t = new TextTable("model", "params", "AICc", "dAICc", "status").right(1, 2, 3);
            for (GrowthFit f : candidates()) {
                String status = f.diagnostics().isEmpty() ? "ok" : String.join("; ", f.diagnostics().stream()
                        .map(d -> d.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).distinct().toList());
                t.row(f.curve().name() + (f == fit ? " *" : ""), f.curve().parameterCount(), fixed(f.aicc()),
                        fixed(f.aicc() - fit.aicc()), (f.usable() ? "" : "unusable: ") + status);
            }
            t.print(out);
            selection.skipped().forEach(s -> out.println("  not fitted: " + s));
        }
        if (forecast != null) {
            out.println();
            out.println("Forecast (median" + (fit.error().label().equals("multiplicative") ? "" : " = mean")
                    + "; 80% and 95% prediction intervals from parameter covariance and residual noise):");
            TextTable f = new TextTable(data.axis(), "lower95", "lower80", "point", "upper80", "upper95")
                    .right(1, 2, 3, 4, 5);
            for (int h = 0; h < forecast.horizon(); h++) {
                f.row(data.labels().get(h), num(forecast.lower(0.95)[h]), num(forecast.lower(0.80)[h]),
                        num(forecast.mean()[h]), num(forecast.upper(0.80)[h]), num(forecast.upper(0.95)[h]));
            }
            f.print(out);
        } else if (!fit.usable()) {
            out.println();
            out.println("No forecast: the fit is not usable (see the diagnostics).");
        }
        out.flush();
    }

    /** Rounded to six significant digits (12531.9993616342 → 12532.0). */
    static double sig6(double v) {
        return Double.isFinite(v) && v != 0 ? new java.math.BigDecimal(v).round(new java.math.MathContext(6))
                .doubleValue() : v;
    }

    /** Six significant digits. */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
