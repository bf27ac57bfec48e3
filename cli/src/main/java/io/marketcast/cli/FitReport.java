package io.marketcast.cli;

import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.growth.Diagnostic;
import io.marketcast.forecast.growth.GrowthCurve;
import io.marketcast.forecast.growth.GrowthFit;
import io.marketcast.forecast.growth.GrowthSelection;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", fit.curve().name());
        m.put("error", fit.error().label());
        m.put("converged", fit.converged());
        m.put("iterations", fit.iterations());
        List<Map<String, Object>> params = new ArrayList<>();
        double[] se = fit.stdErrors().orElse(null);
        GrowthCurve c = fit.curve();
        for (int i = 0; i < c.parameterCount(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", c.parameterNames().get(i));
            p.put("estimate", fit.estimate(i));
            p.put("stdError", se == null ? null : se[i]);
            params.add(p);
        }
        m.put("parameters", params);
        m.put("rss", fit.rss());
        m.put("sigma", fit.sigma());
        m.put("aicc", fit.aicc());
        m.put("bic", fit.bic());
        List<Map<String, Object>> rows = new ArrayList<>();
        if (forecast != null) {
            for (int h = 0; h < forecast.horizon(); h++) {
                Map<String, Object> r = new LinkedHashMap<>();
                if (data.axis().equals("t")) {
                    r.put("t", data.future()[h]);
                } else {
                    r.put("quarter", data.labels().get(h));
                }
                r.put("mean", forecast.mean()[h]);
                r.put("lower80", forecast.lower(0.80)[h]);
                r.put("upper80", forecast.upper(0.80)[h]);
                r.put("lower95", forecast.lower(0.95)[h]);
                r.put("upper95", forecast.upper(0.95)[h]);
                rows.add(r);
            }
        }
        m.put("forecast", rows);
        m.put("n", fit.n());
        m.put("logLikelihood", fit.logLikelihood());
        m.put("diagnostics", fit.diagnostics().stream().map(Diagnostic::toString).toList());
        if (selection != null) {
            List<Map<String, Object>> cands = new ArrayList<>();
            for (GrowthFit f : candidates()) {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("model", f.curve().name());
                r.put("aicc", f.aicc());
                r.put("deltaAicc", f.aicc() - fit.aicc());
                r.put("usable", f.usable());
                r.put("diagnostics", f.diagnostics().stream().map(Diagnostic::toString).toList());
                cands.add(r);
            }
            m.put("candidates", cands);
            m.put("skipped", selection.skipped());
        }
        return m;
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
            out.println("Forecast (" + (fit.error().label().equals("multiplicative") ? "median" : "mean")
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

    /** Six significant digits. */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
