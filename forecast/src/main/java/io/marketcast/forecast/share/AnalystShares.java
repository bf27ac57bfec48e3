package io.marketcast.forecast.share;

import io.marketcast.forecast.InsufficientDataException;
import io.marketcast.forecast.PathModel;
import io.marketcast.forecast.walk.LogRandomWalk;
import io.marketcast.model.Dataset;
import io.marketcast.model.Quarter;
import io.marketcast.model.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Market shares on the analyst basis: the vendors' own shares as an analyst publishes them (market.csv), modelled
 * as additive log-ratios against the rest of the market (Aitchison 1986): {@code x_i = log(s_i / s_rest)}, each a
 * random walk with drift. Analysts publish vendor shares irregularly, so the walk is estimated on the quarters where
 * every tracked vendor's share is known, gaps included: over a gap of g quarters an increment is
 * {@code N(μ·g, σ²·g)}, whose maximum-likelihood estimates are μ = (x_last − x_first) / (t_last − t_first) and
 * σ² = mean of (Δ − μ·g)² / g. Shares back from ratios ({@code s_i = r_i / (1 + Σ r_j)}) are coherent on every path.
 */
public final class AnalystShares {

    /** Prefix of the simulated log-ratio rows. */
    public static final String RATIO = "ratio:";

    private AnalystShares() {
    }

    /** Analyst vendor slug of a scenario series (Azure is Microsoft's share: all of Microsoft's cloud infrastructure). */
    public static String vendor(String seriesId) {
        return switch (seriesId) {
            case "azure", "microsoft-intelligent-cloud" -> "microsoft";
            default -> seriesId;
        };
    }

    /**
     * The vendor slug under which {@code source} publishes the share of series {@code seriesId}: {@link #vendor} for the
     * embedded series; else the series' own slug when the data has such a share, else its company's name as a slug
     * (a market file names vendors as companies: {@code Acme} → {@code share-SOURCE-acme}).
     */
    public static String vendor(Dataset data, String source, String seriesId) {
        String v = vendor(seriesId);
        if (!v.equals(seriesId) || !data.find(Dataset.analystShareSlug(source, v)).isEmpty()) {
            return v;
        }
        List<Series> revenue = data.find(seriesId);
        if (!revenue.isEmpty()) {
            String company = revenue.get(0).company().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            if (!data.find(Dataset.analystShareSlug(source, company)).isEmpty()) {
                return company;
            }
        }
        return v;
    }

    /**
     * The fitted ratio walks, one per tracked series, as of the dataset's view.
     *
     * @param known   the dataset as of the scenario's quarter
     * @param ids     tracked series ids
     * @param source  {@code synergy} or {@code canalys}
     * @return per id: the walk of {@code s_id / s_rest}, and the last quarter where all shares were known
     * @throws InsufficientDataException when fewer than 3 quarters have every tracked vendor's share
     */
    public static Fitted fit(Dataset known, List<String> ids, String source) {
        Map<String, Series> shares = new LinkedHashMap<>();
        for (String id : ids) {
            String vendor = vendor(known, source, id);
            String slug = Dataset.analystShareSlug(source, vendor);
            if (known.find(slug).isEmpty()) {
                throw new InsufficientDataException("the analyst basis needs " + source + "'s share of "
                        + vendor + " (series " + slug + "), which the data does not have as of "
                        + known.asOfQuarter().map(Quarter::toString).orElse("now"));
            }
            shares.put(id, known.analystShare(source, vendor));
        }
        TreeSet<Quarter> common = null;
        for (Series s : shares.values()) {
            TreeSet<Quarter> qs = new TreeSet<>(s.quarters());
            if (common == null) {
                common = qs;
            } else {
                common.retainAll(qs);
            }
        }
        List<Quarter> quarters = new ArrayList<>(common == null ? List.of() : common);
        if (quarters.size() < 3) {
            throw new InsufficientDataException("the analyst basis needs at least 3 quarters in which " + source
                    + " published every tracked vendor's share (" + String.join(", ", ids) + "); it has "
                    + quarters.size() + (quarters.isEmpty() ? "" : ": " + quarters) + ". Use market.basis: revenue,"
                    + " or track fewer vendors");
        }
        Map<String, LogRandomWalk.Process> walks = new LinkedHashMap<>();
        Map<String, double[]> history = new LinkedHashMap<>();
        for (String id : ids) {
            double[] x = new double[quarters.size()];
            for (int k = 0; k < x.length; k++) {
                Quarter q = quarters.get(k);
                double rest = 100;
                for (Series s : shares.values()) {
                    rest -= s.valueAt(q).getAsDouble();
                }
                if (!(rest > 0)) {
                    throw new InsufficientDataException("the tracked vendors' " + source + " shares sum to "
                            + (100 - rest) + "% in " + q + ": no rest of the market to compare with");
                }
                x[k] = Math.log(shares.get(id).valueAt(q).getAsDouble() / rest);
            }
            history.put(id, x);
            walks.put(id, irregularWalk(x, quarters));
        }
        return new Fitted(quarters, walks, history);
    }

    /** Maximum-likelihood drift and volatility of a random walk observed at irregular quarters. */
    static LogRandomWalk.Process irregularWalk(double[] x, List<Quarter> quarters) {
        int n = x.length - 1;
        double span = quarters.get(0).until(quarters.get(n));
        double mu = (x[n] - x[0]) / span;
        double ss = 0;
        for (int k = 1; k <= n; k++) {
            double g = quarters.get(k - 1).until(quarters.get(k));
            double d = x[k] - x[k - 1] - mu * g;
            ss += d * d / g;
        }
        double sigma = Math.sqrt(ss / n);
        // LogRandomWalk.Process works on levels: the ratio itself; its drift uncertainty is sigma/sqrt(span).
        return new LogRandomWalk.Process(Math.exp(x[n]), mu, sigma, (int) Math.max(1, span));
    }

    /**
     * Fitted analyst-share walks.
     *
     * @param quarters the quarters where every tracked share was known
     * @param walks    per series id: the walk of its share ratio to the rest of the market
     * @param history  per series id: the log-ratios at {@code quarters}
     */
    public record Fitted(List<Quarter> quarters, Map<String, LogRandomWalk.Process> walks, Map<String, double[]> history) {

        public Quarter last() {
            return quarters.get(quarters.size() - 1);
        }
    }

    /** The rest of the market's ratio to itself: 1 on every path (the reference part of the log-ratios). */
    public static PathModel one(int horizon) {
        return new PathModel() {
            @Override
            public int horizon() {
                return horizon;
            }

            @Override
            public void path(UniformRandomProvider rng, double[] eps, double[] out) {
                java.util.Arrays.fill(out, 1.0);
            }
        };
    }
}
