package io.marketcast.cli;

import io.marketcast.forecast.panel.Progress;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** What {@code forecast} and {@code cv} share: levels, threads, the progress bar. */
final class PanelRun {

    private PanelRun() {
    }

    /** {@code --level 80,95}: percentages in (0, 100), ascending after sorting, as fractions. */
    static double[] levels(String text) {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        List<String> parts = Arrays.stream(text.split(",")).map(String::strip).toList();
        double[] out = new double[parts.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(parts.get(i));
            } catch (NumberFormatException e) {
                throw new UserException("--level: '" + parts.get(i) + "' is not a number; give percentages, e.g. "
                        + "80,95");
            }
            if (!(out[i] > 0 && out[i] < 100)) {
                throw new UserException("--level: " + parts.get(i) + " is not a percentage between 0 and 100");
            }
            out[i] /= 100;
        }
        Arrays.sort(out);
        for (int i = 1; i < out.length; i++) {
            if (out[i] == out[i - 1]) {
                throw new UserException("--level: " + parts.get(i) + " is given twice");
            }
        }
        return out;
    }

    static int threads(Integer threads) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UserException("--threads must be at least 1, was " + n);
        }
        return n;
    }

    /** Runs {@code work} with a progress bar on a terminal. */
    static <T> T withProgress(String task, Function<Progress, T> work) {
        if (!Terminal.stderrIsTerminal()) {
            return work.apply(Progress.NONE);
        }
        PrintStream stderr = System.err;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(0)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(stderr))
                .setUpdateIntervalMillis(250).clearDisplayOnFinish().build()) {
            return work.apply((done, total) -> {
                bar.maxHint(total);
                bar.stepTo(done);
            });
        }
    }

    static String seconds(long startNanos) {
        return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - startNanos) / 1e9);
    }

    /** Where charts go: {@code --chart-dir}, else the folder of {@code --out}, else the current folder. */
    static Path chartDir(Path chartDir, Path out) {
        return chartDir != null ? chartDir : out != null && out.toAbsolutePath().getParent() != null
                ? out.toAbsolutePath().getParent() : Path.of("");
    }

    /**
     * The first five distinct notes, one line each with how many {@code unit} (series, windows) it concerns, and how
     * many more there are.
     */
    static void printNotes(PrintWriter err, Map<String, Integer> counts, String unit) {
        int shown = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (shown++ == 5) {
                err.println("marketcast: note: ... and " + (counts.size() - 5) + " other notes");
                break;
            }
            err.println("marketcast: note: " + e.getKey() + (e.getValue() > 1 ? " (" + e.getValue() + " " + unit
                    + ")" : ""));
        }
    }
}
