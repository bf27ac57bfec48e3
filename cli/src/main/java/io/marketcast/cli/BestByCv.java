package io.marketcast.cli;

import io.marketcast.cli.panel.BestFile;
import io.marketcast.forecast.Method;
import io.marketcast.forecast.panel.Panel;
import io.marketcast.forecast.panel.PanelException;
import io.marketcast.forecast.panel.PanelForecaster;
import io.marketcast.forecast.panel.PanelSeries;
import io.marketcast.forecast.registry.MethodRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code forecast --methods ...,best-by-cv,... --best-from FILE}: the pseudo-method {@code best-by-cv} forecasts
 * each series with the method the file (written by {@code cv --best}) names for it. Everything is checked before
 * any forecast is made: a missing or malformed file, an unknown method, a series of the data the file does not
 * name — each is a located error (exit code 2) and nothing is written.
 */
final class BestByCv {

    /** The name in {@code --methods} and in the output's {@code method} column. */
    static final String NAME = "best-by-cv";

    private final List<Method> others;
    private final int position;
    private final Path file;
    private final Map<String, Method> bySeries;

    private BestByCv(List<Method> others, int position, Path file, Map<String, Method> bySeries) {
        this.others = others;
        this.position = position;
        this.file = file;
        this.bySeries = bySeries;
    }

    /** Splits {@code best-by-cv} off {@code --methods} and reads {@code --best-from}. */
    static BestByCv parse(MethodRegistry registry, String methods, Path bestFrom) {
        List<String> parts = Arrays.stream(methods.split(",", -1)).map(String::strip).toList();
        int at = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).equalsIgnoreCase(NAME)) {
                if (at >= 0) {
                    throw new UserException("--methods: " + NAME + " is listed twice");
                }
                at = i;
            }
        }
        if (at < 0) {
            if (bestFrom != null) {
                throw new UserException("--best-from is read only with --methods " + NAME);
            }
            return new BestByCv(MethodList.parse(registry, methods), -1, null, Map.of());
        }
        if (bestFrom == null) {
            throw new UserException("--methods " + NAME + " needs --best-from FILE: the file that 'marketcast cv "
                    + "DATA --best FILE' writes");
        }
        String before = String.join(",", parts.subList(0, at));
        String after = String.join(",", parts.subList(at + 1, parts.size()));
        String rest = before.isEmpty() ? after : after.isEmpty() ? before : before + "," + after;
        List<Method> others = rest.isEmpty() ? List.of() : MethodList.parse(registry, rest);
        int position = before.isEmpty() ? 0 : MethodList.parse(registry, before).size();
        Map<String, Method> byName = new HashMap<>();
        Map<String, Method> bySeries = new LinkedHashMap<>();
        String name = bestFrom.toString();
        for (Map.Entry<String, BestFile.Entry> e : BestFile.read(bestFrom).entrySet()) {
            String m = e.getValue().method();
            Method method = byName.get(m);
            if (method == null) {
                if (m.equalsIgnoreCase(NAME)) {
                    throw new PanelException(name, e.getValue().line(), "method", NAME + " cannot choose itself");
                }
                try {
                    method = registry.get(m);
                } catch (IllegalArgumentException x) {
                    throw new PanelException(name, e.getValue().line(), "method", x.getMessage());
                }
                byName.put(m, method);
            }
            bySeries.put(e.getKey(), method);
        }
        return new BestByCv(others, position, bestFrom, bySeries);
    }

    /** The methods of {@code --methods} other than {@code best-by-cv}, in their order. */
    List<Method> others() {
        return others;
    }

    /** Each series' method, in the panel's order; null without {@code best-by-cv}. */
    List<Method> chosen(Panel panel) {
        if (position < 0) {
            return null;
        }
        List<Method> out = new ArrayList<>(panel.size());
        List<String> missing = new ArrayList<>();
        for (PanelSeries s : panel.series()) {
            Method m = bySeries.get(s.id());
            if (m == null) {
                missing.add(s.id());
            }
            out.add(m);
        }
        if (!missing.isEmpty()) {
            throw new UserException(file + ": no row for series '" + missing.get(0) + "' of " + panel.source()
                    + (missing.size() > 1 ? " (nor for " + (missing.size() - 1) + " other series)" : "") + "; write "
                    + "the file with 'marketcast cv " + panel.source() + " --best " + file + "'");
        }
        return out;
    }

    /**
     * The results in series order and, within a series, in the order of {@code --methods}, with best-by-cv's
     * forecast named {@code best-by-cv}; fills {@code chosen} with the method each row's choice used (empty for the
     * other methods).
     */
    List<PanelForecaster.Result> merge(List<PanelForecaster.Result> results, List<PanelForecaster.Result> each,
            List<String> chosen) {
        if (each == null) {
            return results;
        }
        int k = others.size();
        List<PanelForecaster.Result> out = new ArrayList<>(results.size() + each.size());
        for (int i = 0; i < each.size(); i++) {
            for (int j = 0; j <= k; j++) {
                if (j == position) {
                    PanelForecaster.Result r = each.get(i);
                    out.add(new PanelForecaster.Result(r.series(), r.forecast().renamed(NAME), r.note(),
                            r.fallback()));
                    chosen.add(r.method());
                }
                if (j < k) {
                    out.add(results.get(i * k + j));
                    chosen.add("");
                }
            }
        }
        return out;
    }

    /** How many series each chosen method forecast, and the file's rows the data did not use. */
    void notes(PrintWriter err, Panel panel) {
        if (position < 0) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int used = 0;
        for (PanelSeries s : panel.series()) {
            counts.merge(bySeries.get(s.id()).name(), 1, Integer::sum);
            used++;
        }
        StringBuilder sb = new StringBuilder();
        counts.forEach((m, c) -> sb.append(sb.length() == 0 ? "" : ", ").append(m).append(' ').append(c)
                .append(" series"));
        err.println("marketcast: " + NAME + " from " + file + ": " + sb);
        if (bySeries.size() > used) {
            err.println("marketcast: note: " + file + " names " + (bySeries.size() - used) + " series not in "
                    + panel.source() + " (ignored)");
        }
    }
}
