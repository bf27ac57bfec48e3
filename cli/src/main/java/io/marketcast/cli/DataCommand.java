package io.marketcast.cli;

import io.marketcast.cli.text.TextTable;
import io.marketcast.cli.json.Json;
import io.marketcast.cli.json.SeriesListReport;
import io.marketcast.cli.json.SeriesReport;
import io.marketcast.model.Break;
import io.marketcast.model.Currency;
import io.marketcast.model.MissingRateException;
import io.marketcast.model.Dataset;
import io.marketcast.model.Metric;
import io.marketcast.model.Point;
import io.marketcast.model.Provenance;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code marketcast data list|show}: the data a forecaster sees, with provenance. */
@Command(name = "data", mixinStandardHelpOptions = true,
        description = {"List the series of the dataset, show one with the provenance of every point, or export the "
            + "embedded data in the schemas --data reads.", "Your own files: --data FILE|DIR (added to the embedded "
            + "data), --data-only, --market FILE, --fx FILE (docs/data.md)."},
        subcommands = {DataCommand.ListCommand.class, DataCommand.ShowCommand.class, DataExportCommand.class,
            DataM3Command.class})
public final class DataCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every series with its slug, metric, currency, span, points by provenance and breaks.")
    static final class ListCommand implements java.util.concurrent.Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        DataOptions data;

        @Mixin
        FormatOption formatOption;

        @Override
        public Integer call() {
            Dataset d = data.dataset();
            PrintWriter out = spec.commandLine().getOut();
            if (formatOption.get() == OutputFormat.JSON) {
                List<SeriesListReport.Entry> rows = new ArrayList<>();
                for (Series s : d.series()) {
                    Map<Provenance, Integer> c = s.provenanceCounts();
                    rows.add(new SeriesListReport.Entry(s.slug(), label(d, s), s.company(), s.segment(),
                            s.metric().slug(), s.metricLabel(), s.currency() == null ? null : s.currency().name(), s.unit(),
                            s.first().toString(), s.last().toString(), s.size(), c.get(Provenance.REPORTED),
                            c.get(Provenance.RESTATED), c.get(Provenance.ESTIMATE),
                            s.gaps().stream().map(Quarter::toString).toList(),
                            s.breaks().stream().map(Break::toString).toList()));
                }
                Json.print(out, new SeriesListReport(d.origin(), d.version(), rows));
                return Marketcast.OK;
            }
            TextTable t = new TextTable("series", "label", "company", "metric", "unit", "span", "n", "rep", "rest",
                    "est", "gaps", "breaks").right(6, 7, 8, 9, 10);
            for (Series s : d.series()) {
                Map<Provenance, Integer> c = s.provenanceCounts();
                t.row(s.slug(), label(d, s), s.company(), s.metric().slug(), s.unitLabel(), s.first() + ".." + s.last(),
                        s.size(),
                        c.get(Provenance.REPORTED), c.get(Provenance.RESTATED), c.get(Provenance.ESTIMATE),
                        s.gaps().size(), breaks(s, formatOption.get() == OutputFormat.TABLE));
            }
            if (formatOption.get() == OutputFormat.CSV) {
                t.printCsv(out);
            } else {
                out.println("Dataset: " + d.origin() + " (version " + d.version() + "), " + d.series().size()
                        + " series. rep/rest/est = reported/restated/estimate points; breaks marked * are not"
                        + " comparable.");
                out.println();
                t.print(out);
                out.println();
                out.println("Show one: marketcast data show SLUG [--metric revenue|operating-income] [--as-of 2020Q3]"
                        + " [--usd]. Your own data: --data FILE|DIR, --data-only, --market FILE, --fx FILE;"
                        + " 'marketcast data export' writes the embedded data in their schemas.");
            }
            return Marketcast.OK;
        }

        /** The display name of a company series; market totals and shares have none of their own. */
        private static String label(Dataset d, Series s) {
            return s.metric() == Metric.MARKET_TOTAL || s.metric() == Metric.MARKET_SHARE ? "" : d.label(s.slug());
        }

        private static String breaks(Series s, boolean compact) {
            if (compact) {
                return s.breaks().stream().map(b -> b.quarter() + (b.comparable() ? "" : "*"))
                        .collect(Collectors.joining(" "));
            }
            return s.breaks().stream().map(Break::toString).collect(Collectors.joining("; "));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One series, point by point, with status (reported/restated/estimate) and source.")
    static final class ShowCommand implements java.util.concurrent.Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SLUG", description = "Series slug, e.g. aws, azure, alibaba-cloud "
                + "(see 'marketcast data list').")
        String slug;

        @Option(names = "--metric", defaultValue = "revenue", paramLabel = "METRIC",
                description = "revenue (default), operating-income (the unit's profit measure: operating income or"
                        + " adjusted EBITA), market-total, market-share.")
        String metric;

        @Option(names = "--as-of", paramLabel = "QUARTER",
                description = "Only what was known at the end of this quarter, e.g. 2020Q3.")
        Quarter asOf;

        @Option(names = "--usd", description = "Convert the values to USD at quarterly average rates.")
        boolean usd;

        @Option(names = "--currency", paramLabel = "CODE",
                description = "Convert the values to this ISO 4217 currency at quarterly average rates (--fx FILE).")
        String currency;

        @Mixin
        DataOptions data;

        @Mixin
        FormatOption formatOption;

        @Override
        public Integer call() {
            Dataset d = data.dataset();
            Metric m = Metric.parse(metric);
            Series s = m == Metric.REVENUE ? d.headline(slug) : d.series(slug, m);
            if (asOf != null) {
                s = s.asOf(asOf);
                if (s.isEmpty()) {
                    throw new UserException("series " + slug + " (" + m.slug() + ") has no values known as of "
                            + asOf);
                }
            }
            if (usd && currency != null) {
                throw new UserException("--usd and --currency: give one");
            }
            if (usd || currency != null) {
                String option = usd ? "--usd" : "--currency";
                if (s.currency() == null) {
                    throw new UserException(option + ": series " + slug + " is in " + s.unit() + ", not money");
                }
                Currency to;
                try {
                    to = usd ? Currency.USD : Currency.parse(currency);
                } catch (IllegalArgumentException e) {
                    throw new UserException("--currency: " + e.getMessage());
                }
                try {
                    s = d.convert(s, to);
                } catch (MissingRateException e) {
                    throw new UserException(option + ": " + slug + " is in " + s.currency() + ": " + e.getMessage()
                            + "; give quarterly average rates with --fx FILE (the fx.csv schema, docs/data.md)");
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (formatOption.get()) {
                case JSON -> Json.print(out, json(s));
                case CSV -> table(s, false).printCsv(out);
                default -> {
                    out.println(s.company() + " · " + s.segment() + " · " + s.metricLabel() + " · " + s.unitLabel()
                            + (asOf == null ? "" : " · as of " + asOf));
                    if (!s.conversion().isEmpty()) {
                        out.println("Values " + s.conversion() + ".");
                    }
                    out.println();
                    table(s, true).print(out);
                    if (!s.gaps().isEmpty()) {
                        out.println();
                        out.println("Gaps (no value): " + s.gaps().stream().map(Quarter::toString)
                                .collect(Collectors.joining(", ")));
                    }
                    if (!s.breaks().isEmpty()) {
                        out.println("Definition breaks: " + s.breaks().stream().map(Break::toString)
                                .collect(Collectors.joining("; ")));
                    }
                }
            }
            return Marketcast.OK;
        }

        private TextTable table(Series s, boolean shortSources) {
            TextTable t = new TextTable("quarter", "value", "status", "definition", "source").right(1);
            for (Point p : s.points()) {
                String src = p.source();
                if (shortSources && src.length() > 70) {
                    src = src.substring(0, 69) + "…";
                }
                t.row(p.quarter(), number(p.value()), p.status(), p.definition(), src);
            }
            return t;
        }

        private static String number(double v) {
            return Math.rint(v) == v ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
        }

        private SeriesReport json(Series s) {
            List<SeriesReport.Point> pts = s.points().stream().map(p -> new SeriesReport.Point(p.quarter().toString(),
                    p.value(), p.status(), p.definition(), p.source())).toList();
            return new SeriesReport(s.slug(), s.company(), s.segment(), s.metricLabel(),
                    s.currency() == null ? null : s.currency().name(), s.unit(), asOf == null ? null : asOf.toString(),
                    s.conversion().isEmpty() ? null : s.conversion(), pts,
                    s.gaps().stream().map(Quarter::toString).toList(),
                    s.breaks().stream().map(Break::toString).toList());
        }
    }
}
