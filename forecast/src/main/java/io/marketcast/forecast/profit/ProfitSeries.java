package io.marketcast.forecast.profit;

import io.marketcast.forecast.sim.DerivedSeries;
import io.marketcast.forecast.sim.Shock;
import io.marketcast.forecast.sim.ShockKind;
import io.marketcast.model.Quarter;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Operating income simulated on each revenue path: {@code income = (margin(θ*, R, t) + offset(θ*) + σ*·ε + shock)·R}.
 * Per path: one member model (equal weights when there are several, e.g. {@link MarginMethod#MIX}), θ* drawn once
 * from its parameter covariance, σ* = σ·√(ν/χ²_ν) drawn once (ν the fit's degrees of freedom, so each quarter's
 * margin is Student-t with ν d.o.f. around the model), and the anchor's residual {@code offset(θ*)} so that the path
 * starts from the last actual ({@link ProfitModel#offset}); ε independent per quarter. Its id is
 * {@code income:<unit>}; {@link #marginSeries} gives {@code margin:<unit>} in percent.
 */
public final class ProfitSeries implements DerivedSeries {

    private final String unit;
    private final List<ProfitModel> members;
    private final Quarter first;
    private final Quarter asOf;
    private final List<Shock> marginShocks;

    /**
     * @param unit   id of the simulated revenue series
     * @param model  fitted profit model (t = quarters after {@code asOf})
     * @param first  first quarter to report
     * @param asOf   the model's time origin
     * @param shocks scenario shocks; the {@code margin_add_pp} ones targeting the unit or the market apply
     */
    public ProfitSeries(String unit, ProfitModel model, Quarter first, Quarter asOf, List<Shock> shocks) {
        this(unit, List.of(model), first, asOf, shocks);
    }

    /**
     * @param unit    id of the simulated revenue series
     * @param members the models that simulate paths, equal weights (t = quarters after {@code asOf})
     * @param first   first quarter to report
     * @param asOf    the models' time origin
     * @param shocks  scenario shocks; the {@code margin_add_pp} ones targeting the unit or the market apply
     */
    public ProfitSeries(String unit, List<ProfitModel> members, Quarter first, Quarter asOf, List<Shock> shocks) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("profit of " + unit + ": no margin model");
        }
        this.unit = unit;
        this.members = List.copyOf(members);
        this.first = first;
        this.asOf = asOf;
        this.marginShocks = shocks.stream().filter(s -> s.kind() == ShockKind.MARGIN_ADD_PP && s.appliesTo(unit))
                .toList();
    }

    /** {@code unit}'s profit simulated with the members of {@code fit}. */
    public ProfitSeries(String unit, MarginFit fit, Quarter first, Quarter asOf, List<Shock> shocks) {
        this(unit, fit.members(), first, asOf, shocks);
    }

    public static String incomeId(String unit) {
        return "income:" + unit;
    }

    public static String marginId(String unit) {
        return "margin:" + unit;
    }

    @Override
    public String id() {
        return incomeId(unit);
    }

    @Override
    public Quarter first() {
        return first;
    }

    @Override
    public Computation bind(Map<String, Integer> index, Quarter gridStart) {
        int rev = index.get(unit);
        int k0 = asOf.until(gridStart);
        int count = members.size();
        double[][][] factors = new double[count][][];
        for (int i = 0; i < count; i++) {
            factors[i] = members.get(i).covarianceFactor();
        }
        int[] shockFrom = marginShocks.stream().mapToInt(s -> asOf.until(s.from())).toArray();
        int[] shockTo = marginShocks.stream().mapToInt(s -> asOf.until(s.to())).toArray();
        double[] shockValue = marginShocks.stream().mapToDouble(s -> s.value() / 100).toArray();
        return (paths, rng, out) -> {
            ZigguratSampler.NormalizedGaussian normal = ZigguratSampler.NormalizedGaussian.of(rng);
            int which = count == 1 ? 0 : rng.nextInt(count);
            ProfitModel model = members.get(which);
            double[] theta = model.params();
            double[][] l = factors[which];
            int p = theta.length;
            double[] z = new double[p];
            for (int i = 0; i < p; i++) {
                z[i] = normal.sample();
            }
            double[] draw = new double[p];
            for (int i = 0; i < p; i++) {
                double s = theta[i];
                for (int j = 0; j <= i; j++) {
                    s += l[i][j] * z[j];
                }
                draw[i] = s;
            }
            int nu = model.degreesOfFreedom();
            double chi2 = 0;
            for (int i = 0; i < nu; i++) {
                double g = normal.sample();
                chi2 += g * g;
            }
            double sigma = model.sigma() * Math.sqrt(nu / Math.max(chi2, 1e-12));
            double offset = model.offset(draw);
            double[] r = paths[rev];
            for (int k = 0; k < out.length; k++) {
                int t = k0 + k;
                double m = model.margin(draw, r[k], t) + offset + sigma * normal.sample();
                for (int s = 0; s < shockFrom.length; s++) {
                    if (t >= shockFrom[s] && t <= shockTo[s]) {
                        m += shockValue[s];
                    }
                }
                out[k] = m * r[k];
            }
        };
    }

    /** {@code margin:<unit>} = income / revenue, in percent. Add it after the income series. */
    public DerivedSeries marginSeries() {
        String incomeId = id();
        String marginId = marginId(unit);
        Quarter f = first;
        return new DerivedSeries() {
            @Override
            public String id() {
                return marginId;
            }

            @Override
            public Quarter first() {
                return f;
            }

            @Override
            public Computation bind(Map<String, Integer> index, Quarter gridStart) {
                int inc = index.get(incomeId);
                int rev = index.get(unit);
                return (paths, rng, out) -> {
                    for (int k = 0; k < out.length; k++) {
                        out[k] = 100 * paths[inc][k] / paths[rev][k];
                    }
                };
            }
        };
    }
}
