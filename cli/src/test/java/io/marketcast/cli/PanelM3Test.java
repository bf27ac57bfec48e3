package io.marketcast.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.marketcast.cli.panel.ParquetTables;
import io.marketcast.cli.panel.Table;
import io.marketcast.forecast.eval.CompetitionResult;
import io.marketcast.forecast.eval.CompetitionRunner;
import io.marketcast.forecast.eval.CompetitionSpec;
import io.marketcast.forecast.eval.Metrics;
import io.marketcast.forecast.registry.Methods;
import io.marketcast.model.CompetitionData;
import io.marketcast.model.CompetitionSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the panel commands: a sample of M3 in long format (CSV and Parquet, the files
 * {@code data m3} writes) through {@code forecast} on the training part and {@code cv --windows 1} on the whole
 * series gives the sMAPE per period of {@code benchmark} on the same series and methods, to 1e-9.
 */
class PanelM3Test {

    static final String METHODS = "naive2,theta,ets,auto";

    @TempDir
    static Path dir;

    static CompetitionData sample;
    static CompetitionResult bench;

    @BeforeAll
    static void benchmarkTheSample() {
        sample = CompetitionData.embeddedM3().sample(40);
        bench = CompetitionRunner.run(new CompetitionSpec(Methods.registry().parseList(METHODS), List.of(), 2),
                sample);
    }

    /** The sample's series of one period in long format, with the dates of {@code data m3}. */
    private static Table longFormat(List<CompetitionSeries> series, boolean withTest) {
        Table t = Table.of(List.of("unique_id", "ds", "y"), List.of(Table.Type.STRING, Table.Type.STRING,
                Table.Type.DOUBLE));
        DataM3Command.Start start = new DataM3Command.Start(1990, 1);
        for (CompetitionSeries s : series) {
            double[] train = s.train();
            double[] test = s.test();
            int n = train.length + (withTest ? test.length : 0);
            for (int i = 0; i < n; i++) {
                t.add(s.id(), DataM3Command.date(s, start, i), i < train.length ? train[i] : test[i - train.length]);
            }
        }
        return t;
    }

    private static double benchSmape(String method, String period) {
        return bench.rows().stream().filter(r -> r.method().equals(method) && r.period().equals(period))
                .findFirst().orElseThrow().smape();
    }

    @Test
    void forecastAndCvGiveTheBenchmarksSmapePerPeriodFromCsvAndParquet() throws Exception {
        Map<String, Integer> horizon = Map.of("YEARLY", 6, "QUARTERLY", 8, "MONTHLY", 18, "OTHER", 8);
        int checked = 0;
        for (String period : List.of("YEARLY", "QUARTERLY", "MONTHLY", "OTHER")) {
            List<CompetitionSeries> ss = sample.series().stream().filter(s -> s.period().equals(period)).toList();
            int h = horizon.get(period);
            for (String ext : List.of(".csv", ".parquet")) {
                Path full = dir.resolve(period + "-full" + ext);
                Path train = dir.resolve(period + "-train" + ext);
                Table fullTable = longFormat(ss, true);
                Table trainTable = longFormat(ss, false);
                Files.write(full, ext.equals(".csv") ? fullTable.csv().getBytes() : ParquetTables.encode(fullTable));
                Files.write(train, ext.equals(".csv") ? trainTable.csv().getBytes()
                        : ParquetTables.encode(trainTable));
                // cv --windows 1 on the whole series: the accuracy table's sMAPE
                Path acc = dir.resolve(period + "-acc" + ext + ".csv");
                CliRun cv = CliRun.of("cv", full.toString(), "--h", Integer.toString(h), "--windows", "1",
                        "--methods", METHODS, "--accuracy", acc.toString(), "--threads", "2");
                assertEquals(0, cv.code(), cv.err());
                List<String> rows = Files.readAllLines(acc);
                assertEquals(5, rows.size());
                for (String row : rows.subList(1, rows.size())) {
                    String[] f = row.split(",");
                    assertEquals(benchSmape(f[0], period), Double.parseDouble(f[6]), 1e-9, period + " cv " + row);
                    checked++;
                }
                // forecast on the training part: the points written, scored against the test part
                Path fc = dir.resolve(period + "-fc" + ext + ".csv");
                CliRun forecast = CliRun.of("forecast", train.toString(), "--h", Integer.toString(h), "--methods",
                        METHODS, "--out", fc.toString(), "--threads", "2");
                assertEquals(0, forecast.code(), forecast.err());
                Map<String, double[]> points = new HashMap<>();
                List<String> lines = Files.readAllLines(fc);
                for (int i = 1; i < lines.size(); i++) {
                    String[] f = lines.get(i).split(",", 5);
                    double[] p = points.computeIfAbsent(f[0] + "/" + f[2], k -> new double[h]);
                    int step = (i - 1) % h;
                    p[step] = Double.parseDouble(f[3]);
                }
                for (String method : METHODS.split(",")) {
                    double sum = 0;
                    for (CompetitionSeries s : ss) {
                        sum += Metrics.smape(s.test(), points.get(s.id() + "/" + method));
                    }
                    assertEquals(benchSmape(method, period), sum / ss.size(), 1e-9, period + " forecast " + method);
                }
            }
        }
        assertEquals(4 * 2 * 4, checked);
        assertTrue(sample.series().size() >= 40);
    }
}
