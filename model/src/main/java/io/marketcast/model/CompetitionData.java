package io.marketcast.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A forecasting competition in the M-competition CSV layout (docs/m3.md): {@code series.csv}
 * ({@code id,period,type,frequency,n,h,...}), {@code train.csv} and {@code test.csv} ({@code id,t,value}, {@code t}
 * counting from 1), and optionally {@code published_benchmarks.csv} ({@code method,period,smape,mase,n_series}).
 *
 * <p>Every file is checked whole before anything is returned: each value row must name a listed series, carry
 * consecutive {@code t} from 1, and a finite number; each series must have exactly {@code n} training and {@code h}
 * test values. The first problem is reported as a {@link DataException} naming file and line.
 */
public final class CompetitionData {

    static final String M3_RESOURCES = "/io/marketcast/model/m3/";

    /** One published entrant's score. */
    public record Published(String method, String period, double smape, double mase, int series) {
    }

    private final String origin;
    private final List<CompetitionSeries> series;
    private final List<Published> published;

    private CompetitionData(String origin, List<CompetitionSeries> series, List<Published> published) {
        this.origin = origin;
        this.series = List.copyOf(series);
        this.published = List.copyOf(published);
    }

    /** Where the data came from: {@code embedded M3} or the folder. */
    public String origin() {
        return origin;
    }

    /** The series in the order of series.csv. */
    public List<CompetitionSeries> series() {
        return series;
    }

    /** The published scores of other methods; empty when the folder has no published_benchmarks.csv. */
    public List<Published> published() {
        return published;
    }

    private static volatile CompetitionData m3;

    /** The M3 competition as shipped with the project (3003 series); read once, then shared (it is immutable). */
    public static CompetitionData embeddedM3() {
        CompetitionData d = m3;
        if (d == null) {
            synchronized (CompetitionData.class) {
                d = m3;
                if (d == null) {
                    d = parse("embedded M3", name -> Optional.ofNullable(resource(name)));
                    m3 = d;
                }
            }
        }
        return d;
    }

    /**
     * {@code count} series spread evenly over the file, the first and the last included (all of them when there are
     * fewer), with the same published scores: a small sample for tests and quick looks.
     */
    public CompetitionData sample(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        List<CompetitionSeries> picked = new ArrayList<>();
        if (count >= series.size()) {
            picked.addAll(series);
        } else if (count == 1) {
            picked.add(series.get(0));
        } else {
            for (int i = 0; i < count; i++) {
                picked.add(series.get((int) Math.round(i * (series.size() - 1.0) / (count - 1))));
            }
        }
        return new CompetitionData(origin + " (sample of " + picked.size() + ")", picked, published);
    }

    /**
     * A validation competition made from the training parts alone: each series' last {@code h} training values (h
     * its own horizon) become the hold-out, the values before them the training part. Series with fewer than
     * {@code h + 3} training values are left out. No test value is read, so choices made on it do not peek at the
     * competition's hold-out. The published scores are dropped (they belong to the real hold-out).
     */
    public CompetitionData withinTraining() {
        List<CompetitionSeries> out = new ArrayList<>();
        for (CompetitionSeries s : series) {
            double[] train = s.train();
            int h = s.horizon();
            if (train.length >= h + 3) {
                out.add(new CompetitionSeries(s.id(), s.period(), s.type(), s.frequency(),
                        java.util.Arrays.copyOf(train, train.length - h),
                        java.util.Arrays.copyOfRange(train, train.length - h, train.length)));
            }
        }
        return new CompetitionData(origin + " (last h of each training part held out)", out, List.of());
    }

    /**
     * The competition in {@code folder}.
     *
     * @throws DataException when the folder or a required file is missing, or a file is malformed
     */
    public static CompetitionData from(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DataException(folder.toString(), 0, null, Files.exists(folder) ? "not a folder"
                    : "no such folder (expected series.csv, train.csv and test.csv in it)");
        }
        return parse(folder.toString(), name -> {
            Path f = folder.resolve(name);
            if (!Files.exists(f)) {
                return Optional.empty();
            }
            return Optional.of(TextFiles.read(f, TextFiles.MAX_DATA_BYTES, "competition file"));
        }, folder);
    }

    /** A competition from the texts of its three files, as {@link #from} reads them (for the fuzz tests). */
    static CompetitionData fromTexts(String series, String train, String test) {
        Map<String, String> files = Map.of("series.csv", series, "train.csv", train, "test.csv", test);
        return parse("texts", name -> Optional.ofNullable(files.get(name)));
    }

    private interface Source {
        Optional<String> read(String name);
    }

    private static CompetitionData parse(String origin, Source source) {
        return parse(origin, source, null);
    }

    private static CompetitionData parse(String origin, Source source, Path folder) {
        String seriesName = fileName(folder, "series.csv");
        String trainName = fileName(folder, "train.csv");
        String testName = fileName(folder, "test.csv");
        String seriesText = source.read("series.csv").orElseThrow(() -> missing(seriesName));
        String trainText = source.read("train.csv").orElseThrow(() -> missing(trainName));
        String testText = source.read("test.csv").orElseThrow(() -> missing(testName));
        CsvFile meta = CsvFile.parse(seriesName, seriesText,
                List.of("id", "period", "type", "frequency", "n", "h"));
        int trainLines = lines(trainText);
        int testLines = lines(testText);
        Map<String, int[]> sizes = new LinkedHashMap<>();
        Map<String, String[]> labels = new HashMap<>();
        for (CsvFile.Row row : meta.rows()) {
            String id = row.get("id");
            if (id.isEmpty()) {
                throw new DataException(seriesName, row.line(), "id", "empty id");
            }
            if (sizes.containsKey(id)) {
                throw new DataException(seriesName, row.line(), "id", "series " + id + " is listed twice");
            }
            int freq = positive(seriesName, row, "frequency");
            int n = positive(seriesName, row, "n");
            int h = positive(seriesName, row, "h");
            sizes.put(id, new int[] {freq, n, h});
            if (n > trainLines || h > testLines) {
                boolean train = n > trainLines;
                throw new DataException(seriesName, row.line(), train ? "n" : "h", "series " + id + " is said to have "
                        + (train ? n : h) + " values, more than " + (train ? trainName : testName) + " has lines ("
                        + (train ? trainLines : testLines) + ")");
            }
            labels.put(id, new String[] {row.get("period").toUpperCase(java.util.Locale.ROOT), row.get("type")});
        }
        if (sizes.isEmpty()) {
            throw new DataException(seriesName, 0, null, "lists no series (expected a row per series after the"
                    + " header)");
        }
        Map<String, double[]> train = values(trainName, trainText, sizes, 1);
        Map<String, double[]> test = values(testName, testText, sizes, 2);
        List<CompetitionSeries> out = new ArrayList<>(sizes.size());
        for (Map.Entry<String, int[]> e : sizes.entrySet()) {
            String id = e.getKey();
            out.add(new CompetitionSeries(id, labels.get(id)[0], labels.get(id)[1], e.getValue()[0], train.get(id),
                    test.get(id)));
        }
        List<Published> published = new ArrayList<>();
        Optional<String> pub = source.read("published_benchmarks.csv");
        if (pub.isPresent()) {
            String pubName = fileName(folder, "published_benchmarks.csv");
            CsvFile p = CsvFile.parse(pubName, pub.get(), List.of("method", "period", "smape", "mase", "n_series"));
            for (CsvFile.Row row : p.rows()) {
                published.add(new Published(row.get("method"), row.get("period").toUpperCase(java.util.Locale.ROOT),
                        number(pubName, row.line(), "smape", row.get("smape")),
                        number(pubName, row.line(), "mase", row.get("mase")), positive(pubName, row, "n_series")));
            }
        }
        return new CompetitionData(folder == null ? origin : folder.toAbsolutePath().normalize().toString(), out,
                published);
    }

    /** Lines in {@code text}: an upper bound on the values it can hold, checked before any array is made. */
    private static int lines(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                n++;
            }
        }
        return n;
    }

    private static String fileName(Path folder, String name) {
        return folder == null ? name : folder.resolve(name).toString();
    }

    private static DataException missing(String name) {
        return new DataException(name, 0, null, "no such file (a competition folder needs series.csv, train.csv "
                + "and test.csv)");
    }

    private static int positive(String file, CsvFile.Row row, String column) {
        String v = row.get(column);
        try {
            int i = Integer.parseInt(v);
            if (i >= 1) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataException(file, row.line(), column, "'" + v + "' is not a positive whole number");
    }

    private static double number(String file, int line, String column, String v) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataException(file, line, column, "'" + v + "' is not a number");
    }

    /**
     * Reads an {@code id,t,value} file (unquoted: ids are plain tokens) into arrays of the sizes in series.csv
     * ({@code sizes[id][which]}: 1 for n, 2 for h).
     */
    private static Map<String, double[]> values(String name, String text, Map<String, int[]> sizes, int which) {
        Map<String, double[]> out = new HashMap<>();
        Map<String, Integer> filled = new HashMap<>();
        text = CsvFile.lineFeeds(text.startsWith("\uFEFF") ? text.substring(1) : text);
        int line = 0;
        int pos = 0;
        int len = text.length();
        boolean header = true;
        // the series being read: its raw id field, its id, its size, its values and how many were read
        String rawId = null;
        String id = null;
        int[] size = null;
        double[] a = null;
        int have = 0;
        while (pos < len) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = len;
            }
            line++;
            int s = pos;
            int e = end;
            pos = end + 1;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s == e) {
                continue;
            }
            if (header) {
                header = false;
                String l = text.substring(s, e);
                String[] f = l.split(",", -1);
                if (f.length != 3 || !unquote(f[0]).equals("id") || !unquote(f[1]).equals("t")
                        || !unquote(f[2]).equals("value")) {
                    throw new DataException(name, line, null, "header must be id,t,value, was "
                            + (l.length() > 80 ? l.substring(0, 80) + "..." : l));
                }
                continue;
            }
            int c1 = text.indexOf(',', s);
            int c2 = c1 < 0 || c1 >= e ? -1 : text.indexOf(',', c1 + 1);
            if (c1 < 0 || c1 >= e || c2 < 0 || c2 >= e || text.indexOf(',', c2 + 1) >= 0
                    && text.indexOf(',', c2 + 1) < e) {
                throw new DataException(name, line, null, "row has " + text.substring(s, e).split(",", -1).length
                        + " fields, the header has 3");
            }
            if (rawId == null || c1 - s != rawId.length() || !text.startsWith(rawId, s)) {
                if (id != null) {
                    out.put(id, a);
                    filled.put(id, have);
                }
                rawId = text.substring(s, c1);
                id = unquote(rawId);
                size = sizes.get(id);
                if (size == null) {
                    throw new DataException(name, line, "id", "series '" + id + "' is not in series.csv");
                }
                a = out.get(id);
                have = filled.getOrDefault(id, 0);
            }
            int t = wholeNumber(text, c1 + 1, c2);
            if (t < 0) {
                String raw = text.substring(c1 + 1, c2);
                try {
                    t = Integer.parseInt(unquote(raw));
                } catch (NumberFormatException x) {
                    throw new DataException(name, line, "t", "'" + raw + "' is not a whole number");
                }
            }
            int expected = have + 1;
            if (t != expected) {
                throw new DataException(name, line, "t", "series " + id + ": expected t = " + expected + ", found "
                        + t);
            }
            if (t > size[which]) {
                throw new DataException(name, line, "t", "series " + id + " has " + size[which] + " values in "
                        + "series.csv, found t = " + t);
            }
            double v = number(name, line, "value", unquote(text.substring(c2 + 1, e)));
            // arrays grow with the values actually read, never to a size a file merely claims
            if (a == null) {
                a = new double[Math.min(size[which], 64)];
            }
            if (t > a.length) {
                a = java.util.Arrays.copyOf(a, (int) Math.min(size[which], 2L * a.length));
            }
            a[t - 1] = v;
            have = t;
        }
        if (id != null) {
            out.put(id, a);
            filled.put(id, have);
        }
        for (Map.Entry<String, int[]> en : sizes.entrySet()) {
            int got = filled.getOrDefault(en.getKey(), 0);
            if (got != en.getValue()[which]) {
                throw new DataException(name, 0, null, "series " + en.getKey() + " has " + got + " values, "
                        + "series.csv says " + en.getValue()[which]);
            }
        }
        return out;
    }

    /** The plain decimal digits in {@code text[from, to)} as an int, or -1 when they are not just 1 to 9 digits. */
    private static int wholeNumber(String text, int from, int to) {
        if (to <= from || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static String resource(String name) {
        try (InputStream in = CompetitionData.class.getResourceAsStream(M3_RESOURCES + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
