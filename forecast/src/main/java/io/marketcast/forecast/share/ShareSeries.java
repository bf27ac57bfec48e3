package io.marketcast.forecast.share;

import io.marketcast.forecast.sim.DerivedSeries;
import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Map;

/**
 * Market share of one vendor on each path, in percent: its level over the sum of all vendors' levels and the rest
 * of the market. With every level positive, each share is in (0, 100) and the shares of the vendors and
 * {@code others} sum to 100 on every path — the additive log-ratio model of compositional data (Aitchison 1986):
 * {@code log(share_i / share_others) = log(level_i / level_others)}, each level simulated by its own method.
 */
public final class ShareSeries implements DerivedSeries {

    private final String id;
    private final String vendor;
    private final List<String> all;
    private final Quarter first;

    /**
     * @param vendor the vendor (or {@link MarketHistory#OTHERS})
     * @param all    every vendor's id plus {@code others}: the denominator
     * @param first  first quarter to report
     */
    public ShareSeries(String vendor, List<String> all, Quarter first) {
        this(id(vendor), vendor, all, first);
    }

    /**
     * @param id     the result id (e.g. {@code share:aws} for a row named {@code ratio:aws})
     * @param vendor the row whose share this is
     * @param all    every row of the denominator
     * @param first  first quarter to report
     */
    public ShareSeries(String id, String vendor, List<String> all, Quarter first) {
        this.id = id;
        this.vendor = vendor;
        this.all = List.copyOf(all);
        this.first = first;
    }

    public static String id(String vendor) {
        return "share:" + vendor;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Quarter first() {
        return first;
    }

    @Override
    public Computation bind(Map<String, Integer> index, Quarter gridStart) {
        int self = index.get(vendor);
        int[] rows = all.stream().mapToInt(index::get).toArray();
        return (paths, rng, out) -> {
            for (int k = 0; k < out.length; k++) {
                double total = 0;
                for (int r : rows) {
                    total += paths[r][k];
                }
                out[k] = 100 * paths[self][k] / total;
            }
        };
    }
}
