package io.marketcast.cli;

import io.marketcast.cli.json.Json;
import io.marketcast.cli.json.ProfitBacktestReport;
import io.marketcast.cli.text.TextTable;
import io.marketcast.forecast.scenario.ProfitBacktest;
import io.marketcast.model.Quarter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a {@link ProfitBacktest.Result} as text, CSV or JSON ({@code marketcast backtest SLUG --profit}). */
final class ProfitBacktestView {

    private ProfitBacktestView() {
    }

    static void print(PrintWriter out, OutputFormat format, String label, ProfitBacktest.Result r,
            ProfitBacktest.Spec spec) {
        switch (format) {
            case JSON -> Json.print(out, json(r, spec));
            case CSV -> {
                TextTable t = new TextTable("series", "as_of", "observations", "model", "refused", "p_actual",
                        "cdf_before", "pit", "log_score", "median");
                for (ProfitBacktest.Origin o : r.origins()) {
                    for (ProfitBacktest.Score s : o.scores()) {
                        t.row(r.slug(), o.asOf(), o.observations() < 0 ? "" : o.observations(), s.method().id(),
                                s.refused().orElse(""), num(s.pActual()), num(s.cdfBefore()), num(s.pit()),
                                num(s.logScore()), s.median().map(Quarter::toString).orElse(""));
                    }
                }
                t.printCsv(out);
            }
            default -> {
                out.println(label + ": profitability backtest. First profitable quarter in the data: "
                        + r.actualFirst().quarter() + " (" + r.actualFirst().definition() + ").");
                out.println("From every as-of quarter before it, each model's distribution of the first profitable"
                        + " quarter (" + spec.paths() + " paths, seed " + spec.seed() + ", " + spec.ahead()
                        + " quarters ahead; each as-of sees only the data known then).");
                out.println("P(A) = probability of the actual quarter; PIT = P(before A) + P(A)/2 (0.5 centred; near 0:"
                        + " the forecast expected the profit later, near 1: earlier); log score = ln max(P(A), "
                        + String.format(Locale.ROOT, "%.0e", r.floor()) + "), higher is better.");
                out.println();
                List<String> head = new ArrayList<>(List.of("as of", "obs"));
                for (var m : spec.methods()) {
                    head.add(m.id() + " P(A)");
                    head.add("PIT");
                    head.add("median");
                }
                TextTable t = new TextTable(head.toArray(String[]::new));
                List<String> refusals = new ArrayList<>();
                for (ProfitBacktest.Origin o : r.origins()) {
                    List<Object> row = new ArrayList<>(List.of(o.asOf(), o.observations() < 0 ? "-"
                            : o.observations()));
                    for (ProfitBacktest.Score s : o.scores()) {
                        if (s.refused().isPresent()) {
                            row.add("refused");
                            row.add("");
                            row.add("");
                        } else {
                            row.add(String.format(Locale.ROOT, "%.3f", s.pActual()));
                            row.add(String.format(Locale.ROOT, "%.2f", s.pit()));
                            row.add(s.median().map(Quarter::toString).orElse("beyond"));
                        }
                    }
                    o.scores().stream().filter(s -> s.refused().isPresent()).findFirst()
                            .ifPresent(s -> refusals.add(o.asOf() + ": " + s.refused().get()));
                    t.row(row.toArray());
                }
                t.print(out);
                if (!refusals.isEmpty()) {
                    out.println();
                    out.println("Refused (too little known then):");
                    refusals.forEach(x -> out.println("  " + x));
                }
                out.println();
                TextTable s = new TextTable("model", "origins", "mean log score", "mean PIT", "mean P(A)")
                        .right(1, 2, 3, 4);
                for (ProfitBacktest.Summary m : r.summaries()) {
                    s.row(m.method().id(), m.scored(), Numbers.fixed(m.meanLogScore(), 2),
                            Numbers.fixed(m.meanPit(), 2), Numbers.fixed(m.meanPActual(), 3));
                }
                s.print(out);
            }
        }
        out.flush();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

    private static Double boxed(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static ProfitBacktestReport json(ProfitBacktest.Result r, ProfitBacktest.Spec spec) {
        List<ProfitBacktestReport.Origin> os = new ArrayList<>();
        for (ProfitBacktest.Origin o : r.origins()) {
            List<ProfitBacktestReport.Score> ss = new ArrayList<>();
            for (ProfitBacktest.Score s : o.scores()) {
                ss.add(new ProfitBacktestReport.Score(s.method().id(), s.refused().orElse(null), boxed(s.pActual()),
                        boxed(s.cdfBefore()), boxed(s.pit()), boxed(s.logScore()),
                        s.median().map(Quarter::toString).orElse(null)));
            }
            os.add(new ProfitBacktestReport.Origin(o.asOf().toString(), o.observations() < 0 ? null
                    : o.observations(), ss));
        }
        List<ProfitBacktestReport.Summary> sum = new ArrayList<>();
        for (int m = 0; m < r.summaries().size(); m++) {
            ProfitBacktest.Summary s = r.summaries().get(m);
            List<Double> pits = new ArrayList<>();
            for (ProfitBacktest.Origin o : r.origins()) {
                ProfitBacktest.Score sc = o.scores().get(m);
                if (sc.refused().isEmpty()) {
                    pits.add(sc.pit());
                }
            }
            sum.add(new ProfitBacktestReport.Summary(s.method().id(), s.scored(), boxed(s.meanLogScore()),
                    boxed(s.meanPit()), boxed(s.meanPActual()), pits));
        }
        return new ProfitBacktestReport(r.slug(), r.actualFirst().quarter().toString(),
                r.actualFirst().definition(), spec.paths(), spec.seed(), spec.ahead(), r.floor(), os, sum);
    }
}
