package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own data on the command line: the export round trip, a company added to the cloud data, a company in
 * another currency, a market of the user's own with no cloud data at all, and every clash and missing rate.
 */
class UserMarketCommandsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError(p + ": " + e.getMessage());
        }
    }

    private static String[] args(String[] first, String... more) {
        List<String> a = new ArrayList<>(Arrays.asList(first));
        a.addAll(Arrays.asList(more));
        return a.toArray(String[]::new);
    }

    /** The printed summary without the wall time and the output folder. */
    private static String numbers(String out) {
        return out.lines().filter(l -> !l.contains(" ms on ") && !l.startsWith("Wrote "))
                .collect(Collectors.joining("\n"));
    }

    /** The example market of docs/scenarios.md (examples/ev-europe), copied from the test classpath. */
    private Path example() throws IOException {
        Path ev = Files.createDirectories(dir.resolve("ev-europe"));
        for (String f : List.of("segments.csv", "market.csv", "fx.csv", "ev-europe.yaml")) {
            try (InputStream in = getClass().getResourceAsStream("/examples/ev-europe/" + f)) {
                assertTrue(in != null, "examples/ev-europe/" + f + " is on the test classpath");
                Files.write(ev.resolve(f), in.readAllBytes());
            }
        }
        return ev;
    }

    /** A csv of shares (series, quarter, mean, ...): the mean shares per quarter. */
    private static Map<String, Double> shareSums(String csv) {
        Map<String, Double> sums = new TreeMap<>();
        csv.lines().skip(1).forEach(l -> {
            String[] c = l.split(",");
            sums.merge(c[1], Double.parseDouble(c[2]), Double::sum);
        });
        return sums;
    }

    @Test
    void theExportReadAloneReproducesTheEmbeddedResultsExactly() throws IOException {
        Path data = dir.resolve("data");
        CliRun export = CliRun.of("data", "export", "--out", data.toString());
        assertEquals(0, export.code(), export.err());
        for (String f : List.of("segments.csv", "definitions.csv", "annual.csv", "market.csv", "fx.csv", "README.md")) {
            assertTrue(Files.isRegularFile(data.resolve(f)), f);
        }
        String[] only = {"--data-only", "--data", data.toString()};
        CliRun a = CliRun.of("run", "--paths", "2000", "--threads", "2", "--out", dir.resolve("a").toString());
        CliRun b = CliRun.of(args(new String[] {"run", "--paths", "2000", "--threads", "2", "--out",
            dir.resolve("b").toString()}, only));
        assertEquals(0, a.code(), a.err());
        assertEquals(0, b.code(), b.err());
        for (String f : List.of("quantiles.csv", "events.csv", "history.csv", "series.csv")) {
            assertEquals(read(dir.resolve("a").resolve(f)), read(dir.resolve("b").resolve(f)), f);
        }
        assertEquals(numbers(a.out()), numbers(b.out()));
        for (String[] cmd : List.of(
                new String[] {"share", "--paths", "500", "--horizon", "8", "--format", "csv"},
                new String[] {"profit", "alibaba-cloud", "--as-of", "2020Q3", "--horizon", "2025Q4", "--paths", "500"},
                new String[] {"crossover", "azure", "aws", "--paths", "500", "--horizon", "8"})) {
            CliRun embedded = CliRun.of(cmd);
            CliRun back = CliRun.of(args(cmd, only));
            assertEquals(0, back.code(), back.err());
            assertEquals(embedded.out(), back.out(), cmd[0]);
        }
        // added to the embedded data instead of alone, every row clashes; the first is named with both rows
        CliRun twice = CliRun.of("data", "list", "--data", data.toString());
        assertEquals(2, twice.code());
        assertTrue(twice.err().startsWith("marketcast: " + data.resolve("definitions.csv") + ":2: column "
                + "'definition': definition tag 'AWS-2014' is also given at definitions.csv:2"), twice.err());
        CliRun segments = CliRun.of("data", "list", "--data", data.resolve("segments.csv").toString());
        assertTrue(segments.err().startsWith("marketcast: " + data.resolve("segments.csv") + ":2: column "
                + "'calendar_quarter': Amazon / AWS / revenue / 2014Q1 is also given at segments.csv:2"),
                segments.err());
        assertTrue(twice.err().contains("add --data-only"), twice.err());
        // export never overwrites
        String before = read(data.resolve("segments.csv"));
        CliRun again = CliRun.of("data", "export", "--out", data.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("segments.csv exists"), again.err());
        assertEquals(before, read(data.resolve("segments.csv")));
    }

    /** Acme / Cloud: USD revenue 2019Q1..2025Q4 with a loss that narrows with scale. */
    private Path acme() throws IOException {
        StringBuilder sb = new StringBuilder("company,segment,label,calendar_quarter,currency,revenue_millions,"
                + "operating_income_millions,income_metric\n");
        int t = 0;
        for (int y = 2019; y <= 2025; y++) {
            for (int q = 1; q <= 4; q++, t++) {
                double rev = 200 * Math.pow(1.05, t) * (1 + 0.02 * Math.sin(1.3 * t));
                double margin = -0.30 + 0.12 * Math.log(rev / 200) + 0.01 * Math.cos(2.1 * t);
                sb.append(String.format(Locale.ROOT, "Acme,Cloud,Acme Cloud Co.,%dQ%d,USD,%.1f,%.1f,operating income%n",
                        y, q, rev, margin * rev));
            }
        }
        return write("acme.csv", sb.toString());
    }

    @Test
    void aMergedUserCompanyAppearsInDataListSharesProfitAndTheReportWithItsLabel() throws IOException {
        String acme = acme().toString();
        CliRun list = CliRun.of("data", "list", "--data", acme);
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("acme-cloud ") && l.contains("Acme Cloud Co.")
                && l.contains("2019Q1..2025Q4")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("aws ")), "the embedded series stay");

        CliRun share = CliRun.of("share", "--data", acme, "--series", "aws,azure,google-cloud,alibaba-cloud,acme-cloud",
                "--paths", "500", "--horizon", "4");
        assertEquals(0, share.code(), share.err());
        assertTrue(share.out().lines().anyMatch(l -> l.startsWith("quarter") && l.contains("Acme Cloud Co.")),
                share.out());

        CliRun profit = CliRun.of("profit", "acme-cloud", "--data", acme, "--paths", "500", "--horizon", "8");
        assertEquals(0, profit.code(), profit.err());
        assertTrue(profit.out().startsWith("Acme Cloud Co.: segment profit as of 2025Q4"), profit.out());

        Path yaml = write("acme.yaml", """
                name: acme
                as_of: 2024Q4
                horizon: 2025Q4
                series: [aws, acme-cloud]
                analyses:
                  share: true
                  profitability: [acme-cloud]
                  crossover: [[acme-cloud, aws]]
                paths: 1000
                """);
        Path out = dir.resolve("acme-out");
        CliRun run = CliRun.of("run", yaml.toString(), "--data", acme, "--out", out.toString(), "--threads", "2");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("Acme Cloud Co. ") && l.contains("2025Q4")),
                run.out());
        String series = read(out.resolve("series.csv"));
        assertTrue(series.contains("acme-cloud,Acme Cloud Co.,USD millions,revenue\n"), series);
        assertTrue(series.contains("share:acme-cloud,Acme Cloud Co.,percent,market share\n"), series);
        String report = read(out.resolve("report.html"));
        assertTrue(report.contains("<td>Acme Cloud Co.</td>"), "the report's tables use the label");
        // figure captions are the charts' titles and legends: the charts use the label too
        assertTrue(report.contains("alt=\"Acme Cloud Co.: revenue, forecast as of 2024Q4\""), "fan chart title");
        assertTrue(report.contains("alt=\"Acme Cloud Co.: operating income, forecast as of 2024Q4\""), report);
    }

    /** Brio / Cloud: EUR revenue 2019Q1..2024Q4. */
    private Path brio() throws IOException {
        StringBuilder sb = new StringBuilder("company,segment,calendar_quarter,currency,revenue_millions\n");
        int t = 0;
        for (int y = 2019; y <= 2024; y++) {
            for (int q = 1; q <= 4; q++, t++) {
                sb.append(String.format(Locale.ROOT, "Brio,Cloud,%dQ%d,EUR,%.1f%n", y, q, 300 * Math.pow(1.04, t)
                        * (1 + 0.02 * Math.sin(t))));
            }
        }
        return write("brio.csv", sb.toString());
    }

    /** EUR per USD, 2019Q1..2024Q4, leaving out {@code skip}. */
    private Path eurPerUsd(String name, String skip) throws IOException {
        StringBuilder sb = new StringBuilder("calendar_quarter,currency,per,average_rate,source_note\n");
        int t = 0;
        for (int y = 2019; y <= 2024; y++) {
            for (int q = 1; q <= 4; q++, t++) {
                String quarter = y + "Q" + q;
                if (!quarter.equals(skip)) {
                    sb.append(String.format(Locale.ROOT, "%s,EUR,USD,%.4f,test%n", quarter, 0.90 + 0.01 * (t % 5)));
                }
            }
        }
        return write(name, sb.toString());
    }

    @Test
    void aEuroCompanyWithAnFxFileIsConvertedAndAMissingRateIsNamed() throws IOException {
        String brio = brio().toString();
        Path yaml = write("brio.yaml", """
                name: brio
                as_of: 2024Q4
                horizon: 2025Q4
                series:
                  - aws
                  - brio-cloud
                analyses:
                  crossover: [[brio-cloud, aws]]
                paths: 500
                """);
        Path out = dir.resolve("brio-out");
        CliRun ok = CliRun.of("run", yaml.toString(), "--data", brio, "--fx", eurPerUsd("fx.csv", "").toString(),
                "--out", out.toString(), "--threads", "2");
        assertEquals(0, ok.code(), ok.err());
        String first = read(out.resolve("history.csv")).lines().filter(l -> l.startsWith("brio-cloud,2019Q1,"))
                .findFirst().orElseThrow();
        assertEquals("brio-cloud,2019Q1," + 300 * (1 + 0.02 * Math.sin(0)) / 0.90 + ",reported", first,
                "EUR divided by EUR per USD: in the scenario's USD");

        Path noRate = dir.resolve("no-rate");
        CliRun missing = CliRun.of("run", yaml.toString(), "--data", brio, "--fx",
                eurPerUsd("gap.csv", "2021Q2").toString(), "--out", noRate.toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().startsWith("marketcast: " + yaml + ":6:5: key 'series[1].id': brio-cloud is in EUR and"
                + " the scenario in USD: no EUR per USD rate for 2021Q2 (EUR/USD rates cover 2019Q1..2024Q4); give "
                + "quarterly average rates with --fx FILE"), missing.err());
        assertFalse(Files.exists(noRate), "nothing written");

        CliRun share = CliRun.of("share", "--data", brio, "--series", "aws,brio-cloud", "--paths", "100");
        assertEquals(2, share.code());
        assertTrue(share.err().startsWith("marketcast: --series: brio-cloud is in EUR and the scenario in USD: no EUR "
                + "per USD rate for 2019Q1 (there are no EUR/USD rates"), share.err());
        assertTrue(share.err().contains("--fx FILE"), share.err());
        assertEquals("", share.out());
    }

    @Test
    void aMarketOfTheUsersOwnRunsRunShareProfitAndCrossover() throws IOException {
        Path ev = example();
        String[] only = {"--data-only", "--data", ev.toString()};
        Path out = dir.resolve("ev-out");
        CliRun run = CliRun.of(args(new String[] {"run", ev.resolve("ev-europe.yaml").toString(), "--paths", "2000",
            "--threads", "2", "--out", out.toString()}, only));
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Revenue per quarter, EUR"), run.out());
        assertTrue(run.out().contains("Market share, revenue over the ev-europe-synthetic market total"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("Pacifica (reports in USD) ") && l.contains("€")),
                "converted from USD to EUR: " + run.out());
        assertFalse(run.out().contains("AWS") || run.out().contains("$"), "no cloud data, no dollars: " + run.out());
        Map<String, Double> sums = new TreeMap<>();
        for (String l : read(out.resolve("quantiles.csv")).lines().filter(l -> l.startsWith("share:")).toList()) {
            String[] c = l.split(",");
            sums.merge(c[1], Double.parseDouble(c[2]), Double::sum);
        }
        assertEquals(16, sums.size(), "2023Q1..2026Q4");
        sums.forEach((q, s) -> assertEquals(100, s, 1e-6, q));
        String report = read(out.resolve("report.html"));
        assertTrue(report.contains("alt=\"Voltra: revenue, forecast as of 2022Q4\""), "charts use the labels");
        assertTrue(report.contains("<td>Nordlicht</td>"), "tables use the labels");
        assertTrue(report.contains("€"), "amounts in EUR");

        CliRun share = CliRun.of(args(new String[] {"share", "--paths", "500", "--horizon", "4", "--format", "csv"},
                only));
        assertEquals(0, share.code(), share.err());
        assertEquals(List.of("cielo-auto-cars", "nordlicht-motors-cars", "others", "pacifica-motors-cars",
            "voltra-cars"), share.out().lines().skip(1).map(l -> l.split(",")[0]).distinct().sorted().toList(),
                "the default series adapt: every maker of the user's files");
        shareSums(share.out()).forEach((q, s) -> assertEquals(100, s, 1e-6, q));

        CliRun profit = CliRun.of(args(new String[] {"profit", "nordlicht-motors-cars", "--as-of", "2022Q4",
            "--horizon", "2026Q4", "--paths", "500"}, only));
        assertEquals(0, profit.code(), profit.err());
        assertTrue(profit.out().startsWith("Nordlicht: segment profit as of 2022Q4"), profit.out());

        CliRun cross = CliRun.of(args(new String[] {"crossover", "cielo-auto-cars", "nordlicht-motors-cars",
            "--as-of", "2022Q4", "--horizon", "2026Q4", "--paths", "500"}, only));
        assertEquals(0, cross.code(), cross.err());
        assertTrue(cross.out().startsWith("Cielo vs Nordlicht, revenue in EUR, as of 2022Q4"), cross.out());
        assertTrue(cross.out().contains("€"), cross.out());
    }

    @Test
    void sharesOverTheUsersSeriesPlusAnExplicitRest() throws IOException {
        StringBuilder sb = new StringBuilder("company,segment,calendar_quarter,currency,revenue_millions\n");
        int t = 0;
        for (int y = 2019; y <= 2024; y++) {
            for (int q = 1; q <= 4; q++, t++) {
                for (String[] c : new String[][] {{"Alpha", "100", "0.05"}, {"Beta", "60", "0.08"},
                    {"Rest", "900", "0.03"}}) {
                    double v = Double.parseDouble(c[1]) * Math.pow(1 + Double.parseDouble(c[2]), t)
                            * (1 + 0.02 * Math.sin(t + c[0].length()));
                    sb.append(String.format(Locale.ROOT, "%s,Cars,%dQ%d,GBP,%.1f%n", c[0], y, q, v));
                }
            }
        }
        String data = write("rest.csv", sb.toString()).toString();
        CliRun share = CliRun.of("share", "--data-only", "--data", data, "--rest", "rest-cars", "--paths", "500",
                "--horizon", "4", "--format", "csv");
        assertEquals(0, share.code(), share.err());
        assertEquals(List.of("alpha-cars", "beta-cars", "others"), share.out().lines().skip(1)
                .map(l -> l.split(",")[0]).distinct().toList(), "the rest is not tracked");
        shareSums(share.out()).forEach((q, s) -> assertEquals(100, s, 1e-6, q));
        CliRun table = CliRun.of("share", "--data-only", "--data", data, "--rest", "rest-cars", "--paths", "500",
                "--horizon", "4");
        assertTrue(table.out().startsWith("Market share: revenue over the tracked series plus the rest of the market"
                + " (series rest-cars)"), table.out());
        CliRun noMarket = CliRun.of("share", "--data-only", "--data", data, "--paths", "100");
        assertEquals(2, noMarket.code());
        assertEquals("marketcast: --source: the data has no market totals; add them with --market FILE (the "
                + "market.csv schema), or name the rest of the market with --rest SLUG", noMarket.err().strip());
        CliRun crossover = CliRun.of("crossover", "beta-cars", "alpha-cars", "--data-only", "--data", data,
                "--paths", "500", "--horizon", "8");
        assertEquals(0, crossover.code(), crossover.err());
        assertTrue(crossover.out().contains("revenue in GBP") && crossover.out().contains("£"), crossover.out());
    }

    @Test
    void everyClashAndMissingRateIsLocatedExitsWith2AndWritesNothing() throws IOException {
        Path seg = write("clash.csv", "company,segment,calendar_quarter,currency,revenue_millions\n"
                + "Amazon,AWS,2020Q3,USD,11601\n");
        Path market = write("market.csv", "source,calendar_quarter,total_usd_billions\n"
                + "Synergy Research Group,2020Q3,33\n");
        Path fx = write("fx.csv", "calendar_quarter,currency,per,average_rate\n2020Q3,CNY,USD,7\n");
        write("folder/segments.csv", "company,segment,calendar_quarter,currency,revenue_millions\n"
                + "Acme,Cloud,2020Q1,USD,1\n");
        write("folder/definitions.csv", "definition,revenue_basis,income_basis\nGC-2020,GC,GC-2020\n");
        write("annual/segments.csv", "company,segment,calendar_quarter,currency,revenue_millions\n"
                + "Acme,Cloud,2020Q1,USD,1\n");
        write("annual/annual.csv", "company,segment,fiscal_year,period_end_quarter,currency,revenue_millions,"
                + "operating_income_millions,income_metric\nAlibaba,Cloud (Alibaba Cloud),FY2019,2019Q1,CNY,1,1,x\n");
        Map<List<String>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(List.of("--data", seg.toString()), seg + ":2: column 'calendar_quarter': Amazon / AWS / revenue / "
                + "2020Q3 is also given at segments.csv:");
        cases.put(List.of("--market", market.toString()), market + ":2: column 'total_usd_billions': the Synergy "
                + "Research Group market total of 2020Q3 is also given at market.csv:");
        cases.put(List.of("--fx", fx.toString()), fx + ":2: column 'calendar_quarter': the CNY per USD rate of 2020Q3"
                + " is also given at fx_usdcny.csv:");
        cases.put(List.of("--data", dir.resolve("folder").toString()), dir.resolve("folder").resolve(
                "definitions.csv") + ":2: column 'definition': definition tag 'GC-2020' is also given at "
                + "definitions.csv:");
        cases.put(List.of("--data", dir.resolve("annual").toString()), dir.resolve("annual").resolve("annual.csv")
                + ":2: column 'fiscal_year': Alibaba / Cloud (Alibaba Cloud) / FY2019 is also given at annual.csv:");
        int i = 0;
        for (Map.Entry<List<String>, String> c : cases.entrySet()) {
            Path out = dir.resolve("out" + i++);
            List<String> a = new ArrayList<>(List.of("run", "--paths", "100", "--out", out.toString()));
            a.addAll(c.getKey());
            CliRun r = CliRun.of(a.toArray(String[]::new));
            assertEquals(2, r.code(), c.getKey().toString());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("marketcast: " + c.getValue()), r.err());
            assertTrue(r.err().contains("add --data-only"), r.err());
            assertEquals("", r.out());
            assertFalse(Files.exists(out), "nothing written for " + c.getKey());
        }
        CliRun onlyNothing = CliRun.of("share", "--data-only");
        assertEquals(2, onlyNothing.code());
        assertTrue(onlyNothing.err().contains("--data-only needs --data"), onlyNothing.err());
    }
}
