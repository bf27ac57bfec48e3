package io.marketcast.cli.report;

import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.scenario.RunReport;
import io.marketcast.cli.scenario.AnswerBlock;
import io.marketcast.cli.scenario.BaselineComparison;
import io.marketcast.cli.scenario.Coverage;
import io.marketcast.forecast.scenario.Answers;
import io.marketcast.forecast.scenario.Scenario;
import io.marketcast.forecast.scenario.ScenarioRun;
import java.util.List;
import java.util.Map;

/**
 * Writes report.html for a run. Images are referenced by relative file name only, so the page works wherever the
 * output folder is copied; styles are inline; there is no script and nothing is fetched from the network.
 */
public final class ReportHtml {

    /**
     * A chart shown in the report.
     *
     * @param file    the image's file name in the output folder, e.g. {@code fan-aws.png}
     * @param caption what it shows
     */
    public record Figure(String file, String caption) {
    }

    /**
     * What the report shows beyond the run's tables.
     *
     * @param answers        the answer to the scenario's question
     * @param coverage       actual versus forecast over every quarter with data
     * @param baseline       for a what-if scenario, the comparison with its baseline; null otherwise
     * @param baselineFigure the baseline chart; null when there is none
     */
    public record Results(Answers answers, List<Coverage> coverage, BaselineComparison baseline,
            Figure baselineFigure) {
    }

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;max-width:1100px;
            margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.7em;margin-bottom:.2em}h2{margin-top:1.8em;border-bottom:1px solid #ddd;padding-bottom:.2em}
            .meta{color:#555}table{border-collapse:collapse;margin:.6em 0 1.2em;font-size:.92em}
            th,td{border:1px solid #ddd;padding:.25em .6em;text-align:left;vertical-align:top}
            th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
            figure{margin:1.2em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}
            figcaption{color:#555;font-size:.92em}pre{background:#f7f7f7;padding:.8em;overflow:auto;font-size:.85em}
            nav a{margin-right:1em}
            section.answer{border:2px solid #2b6cb0;background:#f3f8fd;padding:.4em 1.1em .8em;margin:1em 0 1.4em}
            section.answer h2{margin-top:.4em;border:none}.question{font-size:1.15em;font-weight:600}
            .warn{color:#8a4b00;background:#fff6e5;padding:.2em .5em}td.miss{color:#a40000;font-weight:600}
            """;

    private ReportHtml() {
    }

    /**
     * @param run          the run
     * @param figures      the charts written beside the report (empty when charts are off)
     * @param resolvedYaml scenario.resolved.yaml
     * @param manifestJson manifest.json
     * @param files        every file of the run, for the list of links
     */
    public static String html(ScenarioRun run, List<Figure> figures, String resolvedYaml, String manifestJson,
            List<String> files) {
        return html(run, new Results(Answers.of(run), Coverage.of(run), null, null), figures, resolvedYaml,
                manifestJson, files);
    }

    /**
     * @param run          the run
     * @param results      the answer, the coverage and the baseline comparison
     * @param figures      the charts written beside the report (empty when charts are off)
     * @param resolvedYaml scenario.resolved.yaml
     * @param manifestJson manifest.json
     * @param files        every file of the run, for the list of links
     */
    public static String html(ScenarioRun run, Results results, List<Figure> figures, String resolvedYaml,
            String manifestJson, List<String> files) {
        Scenario sc = run.scenario();
        StringBuilder b = new StringBuilder(32_768);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>Marketcast: ").append(esc(sc.name())).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<h1>Scenario ").append(esc(sc.name())).append("</h1>\n");
        b.append("<p class=\"meta\">As of ").append(sc.asOf()).append(", forecast to ").append(sc.end()).append(", ")
                .append(String.format(java.util.Locale.ROOT, "%,d", sc.paths())).append(" sample paths, seed ")
                .append(sc.seed()).append(". Only data known at the end of ").append(sc.asOf())
                .append(" was used; actual values after it are shown beside the forecast.</p>\n");
        answer(b, run, results.answers());
        if (!sc.description().isBlank()) {
            b.append("<p>").append(esc(sc.description().strip())).append("</p>\n");
        }
        b.append("<nav><a href=\"#answer\">Answer</a>")
                .append(results.baseline() == null ? "" : "<a href=\"#baseline\">Against the baseline</a>")
                .append("<a href=\"#summary\">Summary</a><a href=\"#coverage\">Actual vs forecast</a>")
                .append("<a href=\"#charts\">Charts</a>")
                .append("<a href=\"#assumptions\">Assumptions</a><a href=\"#manifest\">Manifest</a></nav>\n");

        if (results.baseline() != null) {
            BaselineComparison bc = results.baseline();
            b.append("<h2 id=\"baseline\">Against the baseline</h2>\n<p>The baseline is this scenario without its"
                    + " shocks, run with the same seed and paths, so every difference is the shocks' doing. The"
                    + " shocks:</p>\n<ul>\n");
            shocksAndDifferences(b, run, bc);
            Figure f = results.baselineFigure();
            if (f != null) {
                b.append("<figure><img src=\"").append(esc(f.file())).append("\" alt=\"").append(esc(f.caption()))
                        .append("\"><figcaption>").append(esc(f.caption())).append("; shaded: the shock windows (<a"
                        + " href=\"").append(esc(f.file())).append("\">").append(esc(f.file()))
                        .append("</a>)</figcaption></figure>\n");
            }
        }

        b.append("<h2 id=\"summary\">Summary</h2>\n");
        b.append("<p>Revenue per quarter, ").append(esc(sc.currency()))
                .append(": median and 80% interval of the simulated paths; actual where known.</p>\n");
        table(b, RunReport.summary(run, id -> !id.contains(":")));
        if (sc.analyses().share()) {
            b.append("<p>Market share: ").append(esc(RunReport.shareBasis(run))).append(".</p>\n");
            table(b, RunReport.summary(run, id -> id.startsWith("share:")));
        }
        if (!sc.analyses().profitability().isEmpty()) {
            b.append("<p>Segment profit.</p>\n");
            table(b, RunReport.summary(run, id -> id.startsWith("income:") || id.startsWith("margin:")));
            table(b, RunReport.profitSummary(run));
        }
        if (!run.result().events().isEmpty()) {
            b.append("<p>Events: probability by the horizon, median quarter and 80% range of the first quarter.</p>\n");
            table(b, RunReport.eventSummary(run));
        }
        b.append("<p class=\"meta\">(est.) = estimate; † = on a segment definition not comparable with the fitted "
                + "history.</p>\n");
        warnings(b, run);

        b.append("<h2 id=\"coverage\">Actual vs forecast</h2>\n<p>Every forecast quarter with a comparable actual,"
                + " not only the report quarters: how many actuals fell inside the 80% band (p10–p90), and the"
                + " quarters outside it and outside the 90% band (p5–p95).</p>\n");
        if (results.coverage().isEmpty()) {
            b.append("<p>No actuals after ").append(sc.asOf()).append(" in the data.</p>\n");
        } else {
            table(b, Coverage.table(run, results.coverage()));
        }

        b.append("<h2 id=\"charts\">Charts</h2>\n");
        if (figures.isEmpty()) {
            b.append("<p>Charts are off for this scenario (<code>outputs.charts: false</code>).</p>\n");
        }
        for (Figure f : figures) {
            b.append("<figure><img src=\"").append(esc(f.file())).append("\" alt=\"").append(esc(f.caption()))
                    .append("\"><figcaption>").append(esc(f.caption())).append(" (<a href=\"")
                    .append(esc(f.file())).append("\">").append(esc(f.file())).append("</a>)</figcaption></figure>\n");
        }

        b.append("<h2 id=\"assumptions\">Assumptions</h2>\n<p>Fitted models:</p>\n<ul>\n");
        for (Map.Entry<String, String> e : run.fits().entrySet()) {
            b.append("<li><b>").append(esc(sc.label(e.getKey()))).append("</b>: ").append(esc(e.getValue()))
                    .append("</li>\n");
        }
        b.append("</ul>\n<p>The scenario with every default filled in (<a href=\"scenario.resolved.yaml\">")
                .append("scenario.resolved.yaml</a>; it runs to the same numbers):</p>\n<pre>")
                .append(esc(resolvedYaml)).append("</pre>\n");

        b.append("<h2 id=\"manifest\">Manifest</h2>\n<p>Files of this run: ");
        for (int i = 0; i < files.size(); i++) {
            b.append(i == 0 ? "" : ", ").append("<a href=\"").append(esc(files.get(i))).append("\">")
                    .append(esc(files.get(i))).append("</a>");
        }
        b.append(".</p>\n<pre>").append(esc(manifestJson)).append("</pre>\n</body>\n</html>\n");
        return b.toString();
    }

    /**
     * The results part of the explorer page: the answer block, the scenario against its baseline (when it has
     * shocks), the summary tables of shares, profit and events, and the charts, drawn by the same code as
     * report.html. Image sources are the figures' {@code file}s (URLs of the server's charts).
     */
    public static String explorerResults(ScenarioRun run, Results results, List<Figure> figures) {
        Scenario sc = run.scenario();
        StringBuilder b = new StringBuilder(16_384);
        b.append("<p class=\"meta\">As of ").append(sc.asOf()).append(", forecast to ").append(sc.end()).append(", ")
                .append(String.format(java.util.Locale.ROOT, "%,d", sc.paths())).append(" sample paths, seed ")
                .append(sc.seed()).append(".</p>\n");
        answer(b, run, results.answers());
        if (results.baseline() != null) {
            BaselineComparison bc = results.baseline();
            b.append("<section id=\"baseline\">\n<h2>Against the baseline</h2>\n<p>The baseline is this scenario"
                    + " without its shocks, same seed and paths. The shocks:</p>\n<ul>\n");
            shocksAndDifferences(b, run, bc);
            Figure f = results.baselineFigure();
            if (f != null) {
                b.append("<figure><img src=\"").append(esc(f.file())).append("\" alt=\"").append(esc(f.caption()))
                        .append("\"><figcaption>").append(esc(f.caption()))
                        .append("; shaded: the shock windows</figcaption></figure>\n");
            }
            b.append("</section>\n");
        } else {
            b.append("<section id=\"baseline\">\n<h2>Against the baseline</h2>\n<p>No shocks: this is the"
                    + " baseline. Add a shock to see its effect beside it.</p>\n</section>\n");
        }
        b.append("<section id=\"summary\">\n<h2>Summary</h2>\n");
        if (sc.analyses().share()) {
            b.append("<p>Market share: ").append(esc(RunReport.shareBasis(run))).append(".</p>\n");
            table(b, RunReport.summary(run, id -> id.startsWith("share:")));
        }
        if (!sc.analyses().profitability().isEmpty()) {
            b.append("<p>Segment profit.</p>\n");
            table(b, RunReport.profitSummary(run));
        }
        if (!run.result().events().isEmpty()) {
            b.append("<p>Events: probability by the horizon, median quarter and 80% range of the first quarter.</p>\n");
            table(b, RunReport.eventSummary(run));
        }
        b.append("<p>Revenue per quarter, ").append(esc(sc.currency()))
                .append(": median and 80% interval of the simulated paths; actual where known.</p>\n");
        table(b, RunReport.summary(run, id -> !id.contains(":")));
        b.append("</section>\n<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (Figure f : figures) {
            b.append("<figure><img src=\"").append(esc(f.file())).append("\" alt=\"").append(esc(f.caption()))
                    .append("\"><figcaption>").append(esc(f.caption())).append("</figcaption></figure>\n");
        }
        b.append("</section>\n");
        return b.toString();
    }

    /** The answer block: the question, then the events and shares at the answer quarters beside what happened. */
    private static void answer(StringBuilder b, ScenarioRun run, Answers answers) {
        b.append("<section id=\"answer\" class=\"answer\">\n<h2>Answer</h2>\n<p class=\"question\">")
                .append(esc(AnswerBlock.question(run.scenario()))).append("</p>\n<p>")
                .append(esc(AnswerBlock.lead(run))).append("</p>\n");
        TextTable ev = AnswerBlock.events(run, answers);
        if (ev != null) {
            table(b, ev);
        }
        TextTable sh = AnswerBlock.shares(run, answers);
        if (sh != null) {
            table(b, sh);
        }
        if (ev == null && sh == null) {
            b.append("<p>The scenario asks for no profitability, crossover or share analysis; the summary below"
                    + " gives the revenue quantiles.</p>\n");
        }
        if (answers.events().stream().anyMatch(a -> !a.comparable())) {
            b.append("<p class=\"meta\">† = on a segment definition not comparable with the fitted history.</p>\n");
        }
        warnings(b, run);
        b.append("</section>\n");
    }

    private static void warnings(StringBuilder b, ScenarioRun run) {
        for (String w : AnswerBlock.warnings(run)) {
            b.append("<p class=\"warn\">").append(esc(w)).append("</p>\n");
        }
    }

    /** The baseline comparison's shocks in words (closing the list the caller opened), medians and events. */
    private static void shocksAndDifferences(StringBuilder b, ScenarioRun run, BaselineComparison bc) {
        for (String x : bc.shocks()) {
            b.append("<li>").append(esc(x)).append("</li>\n");
        }
        b.append("</ul>\n");
        table(b, bc.medians());
        if (!run.result().events().isEmpty()) {
            table(b, bc.events());
        }
    }

    private static void table(StringBuilder b, TextTable t) {
        b.append("<table>\n<thead><tr>");
        for (String h : t.header()) {
            b.append("<th>").append(esc(h)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            b.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                b.append(t.isRight(c) ? "<td class=\"num\">" : "<td>").append(esc(row.get(c))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    /** HTML-escapes text for element content and double-quoted attributes. */
    static String esc(String s) {
        StringBuilder o = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> o.append("&amp;");
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '"' -> o.append("&quot;");
                case '\'' -> o.append("&#39;");
                default -> o.append(c);
            }
        }
        return o.toString();
    }
}
