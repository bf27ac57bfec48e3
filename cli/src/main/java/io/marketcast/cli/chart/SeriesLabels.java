package io.marketcast.cli.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The display name and unit of every result id, from a run's series.csv ({@code series, label, unit}): charts name a
 * series as the run did (a series' {@code label}, e.g. a user's "Voltra") and draw money in its currency. An id that
 * series.csv does not list falls back to its vendor's row, then to {@link VendorPalette#name}; money without a unit
 * is USD.
 *
 * <p>Colours: a vendor with a fixed colour (AWS, Azure, ..., the rest of the market) keeps it; every other vendor gets
 * the next colour of {@link VendorPalette#ORDERED} not taken by a fixed one, in the order series.csv lists them, so
 * that a user's vendors are told apart and keep one colour in every chart of a run.
 */
public final class SeriesLabels {

    /** No series.csv: the built-in names, USD. */
    public static final SeriesLabels NONE = new SeriesLabels(Map.of(), Map.of(), List.of());

    private final Map<String, String> labels;
    private final Map<String, String> units;
    private final Map<String, String> metrics = new HashMap<>();
    private final Map<String, Color> colours = new HashMap<>();

    private SeriesLabels(Map<String, String> labels, Map<String, String> units, List<String> order) {
        this.labels = Map.copyOf(labels);
        this.units = Map.copyOf(units);
        List<Color> taken = new ArrayList<>();
        Map<String, Boolean> vendors = new LinkedHashMap<>();
        for (String id : order) {
            String v = VendorPalette.vendor(id);
            Color fixed = VendorPalette.fixed(v);
            if (fixed != null) {
                taken.add(fixed);
            } else {
                vendors.putIfAbsent(v, true);
            }
        }
        List<Color> free = new ArrayList<>(VendorPalette.ORDERED);
        free.removeAll(taken);
        int i = 0;
        for (String v : vendors.keySet()) {
            colours.put(v, free.isEmpty() ? VendorPalette.colour(v) : free.get(i++ % free.size()));
        }
    }

    /**
     * Reads series.csv.
     *
     * @throws ChartInputException located at the row, for a row without a series or label
     */
    public static SeriesLabels read(CsvInput in) {
        in.require("series", "label", "unit");
        Map<String, String> labels = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        Map<String, String> metrics = new HashMap<>();
        List<String> order = new ArrayList<>();
        boolean hasMetric = in.has("metric");
        for (CsvInput.Row r : in.rows()) {
            String id = r.required("series");
            labels.put(id, r.required("label"));
            units.put(id, r.text("unit"));
            if (hasMetric && !r.text("metric").isBlank()) {
                metrics.put(id, r.text("metric"));
            }
            order.add(id);
        }
        SeriesLabels out = new SeriesLabels(labels, units, order);
        out.metrics.putAll(metrics);
        return out;
    }

    /**
     * What a result id measures, from series.csv's optional {@code metric} column ({@code adjusted EBITA},
     * {@code operating income margin}); null when the table does not say.
     */
    public String metric(String id) {
        return metrics.get(id);
    }

    /** The colour of a result id's vendor in every chart of the run. */
    public Color colour(String id) {
        Color c = colours.get(VendorPalette.vendor(id));
        return c != null ? c : VendorPalette.colour(id);
    }

    /** The vendor's colour at the given opacity (0–255), for bands and fills. */
    public Color colour(String id, int alpha) {
        Color c = colour(id);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** The display name of a result id: {@code share:voltra-cars} → its label, e.g. {@code Voltra}. */
    public String name(String id) {
        String l = labels.get(id);
        if (l == null) {
            l = labels.get(VendorPalette.vendor(id));
        }
        return l != null ? l : VendorPalette.name(id);
    }

    /** The currency of a money id's values (the first word of its unit, e.g. {@code EUR millions}); USD if unknown. */
    public String currency(String id) {
        String u = units.get(id);
        if (u == null) {
            u = units.values().stream().filter(x -> x.endsWith(" millions")).findFirst().orElse("USD millions");
        }
        int space = u.indexOf(' ');
        return space > 0 && u.endsWith(" millions") ? u.substring(0, space) : "USD";
    }
}
