package io.marketcast.cli;

import io.marketcast.cli.panel.Table;
import io.marketcast.cli.scenario.OutputFiles;
import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marketcast data m3}: the embedded M3 competition in long format, one file per period. */
@Command(name = "m3", mixinStandardHelpOptions = true,
        description = {"Write the embedded M3 competition in long format (unique_id, ds, y), one file per period: "
            + "m3-yearly, m3-quarterly, m3-monthly and m3-other. Dates are years, quarters (1990Q1) and months "
            + "(1990-01) from each series' start (docs/m3.md); series without a known start (OTHER, and monthly "
            + "N2801-N2829) count from year 1 or from index 1.",
            "--part full writes training and test values (for 'marketcast cv --windows 1 --h H'), train the "
                + "training part alone (for 'marketcast forecast'), test the held-out part. Never overwrites."})
final class DataM3Command implements Callable<Integer> {

    /** Which values of each series. */
    enum Part {
        FULL, TRAIN, TEST
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "m3-long",
            description = "Folder to write (default: ${DEFAULT-VALUE}); created if needed.")
    Path out;

    @Option(names = "--part", defaultValue = "full", paramLabel = "PART",
            description = "full, train or test (default: ${DEFAULT-VALUE}).")
    String partText;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv or parquet (default: ${DEFAULT-VALUE}).")
    String format;

    /** Start year and period of each series, from the embedded series.csv. */
    record Start(int year, int period) {
    }

    @Override
    public Integer call() {
        Part part;
        try {
            part = Part.valueOf(partText.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UserException("--part: unknown part '" + partText + "'; valid: full, train, test");
        }
        PanelOutput.Format fmt = PanelOutput.Format.parse(format);
        if (fmt == PanelOutput.Format.JSON) {
            throw new UserException("--format: csv or parquet");
        }
        String ext = fmt == PanelOutput.Format.PARQUET ? ".parquet" : ".csv";
        Map<String, Start> starts = starts();
        Map<String, Table> tables = new LinkedHashMap<>();
        for (CompetitionSeries s : CompetitionData.embeddedM3().series()) {
            Table t = tables.computeIfAbsent("m3-" + s.period().toLowerCase(Locale.ROOT) + ext, k -> Table.of(
                    List.of("unique_id", "ds", "y"), List.of(Table.Type.STRING, Table.Type.STRING,
                    Table.Type.DOUBLE)));
            Start st = starts.get(s.id());
            double[] train = s.train();
            double[] test = s.test();
            int from = part == Part.TEST ? train.length : 0;
            int to = part == Part.TRAIN ? train.length : train.length + test.length;
            for (int t0 = from; t0 < to; t0++) {
                double v = t0 < train.length ? train[t0] : test[t0 - train.length];
                t.add(s.id(), date(s, st, t0), v);
            }
        }
        for (String name : tables.keySet()) {
            if (Files.exists(out.resolve(name))) {
                throw new UserException("--out: " + out.resolve(name) + " exists; this command never overwrites");
            }
        }
        OutputFiles o = new OutputFiles();
        tables.forEach((name, t) -> o.add(name, PanelOutput.encode(t, fmt)));
        PrintWriter w = spec.commandLine().getOut();
        for (Path p : o.writeTo(out)) {
            w.println("Wrote " + p + " (" + tables.get(p.getFileName().toString()).rows().size() + " rows)");
        }
        w.flush();
        return Marketcast.OK;
    }

    /** The date of observation {@code t} (0-based) of a series, in the style its period reads best in. */
    static String date(CompetitionSeries s, Start st, int t) {
        return switch (s.period()) {
            case "QUARTERLY" -> {
                int q = st.year() * 4 + st.period() - 1 + t;
                yield String.format(Locale.ROOT, "%04dQ%d", Math.floorDiv(q, 4), Math.floorMod(q, 4) + 1);
            }
            case "MONTHLY" -> {
                int m = st.year() * 12 + st.period() - 1 + t;
                yield String.format(Locale.ROOT, "%04d-%02d", Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1);
            }
            case "YEARLY" -> Integer.toString(st.year() + t);
            default -> Integer.toString(t + 1);
        };
    }

    private static Map<String, Start> starts() {
        Map<String, Start> out = new HashMap<>();
        try (InputStream in = CompetitionData.class.getResourceAsStream("/io/marketcast/model/m3/series.csv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> header = fields(r.readLine());
            int id = header.indexOf("id");
            int year = header.indexOf("start_year");
            int period = header.indexOf("start_period");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                List<String> f = fields(line);
                out.put(f.get(id), new Start(Integer.parseInt(f.get(year)), Integer.parseInt(f.get(period))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded M3 series list", e);
        }
        return out;
    }

    /** The fields of one CSV line with double-quoted fields (no line breaks inside quotes in series.csv). */
    static List<String> fields(String line) {
        List<String> f = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                f.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        f.add(sb.toString());
        return f;
    }
}
