package io.marketcast.forecast.profit;

import io.marketcast.forecast.InsufficientDataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.util.Pair;

/**
 * One fitted margin model of a unit, fitted on its margins (income / revenue, so that quarters and fiscal years
 * weigh alike). Three forms in two families (docs/methods.md, "Profitability timing"):
 *
 * <ul>
 *   <li>scale, {@link Form#LOG_REVENUE}: {@code margin = a + b·ln(R)} with R the quarterly revenue — margins improve
 *       by {@code b} for every factor e of scale.</li>
 *   <li>scale, {@link Form#OPERATING_LEVERAGE}: {@code income = c·R − F·e^(φ·t)} per quarter — a contribution margin
 *       {@code c} on revenue against fixed costs growing at their own rate φ per quarter (t = 0 at the as-of
 *       quarter). A fiscal year sums its four quarters.</li>
 *   <li>path, {@link Form#DAMPED_TREND}: {@code margin(t) = a + b·D(t) [+ s(quarter of year)]} with the damped time
 *       {@code D(t) = Σ_{j=1}^{t−t₀} φ^j} from the first observation t₀ — the quarterly path of the margin, improving
 *       by {@code b·φ^(t−t₀)} a quarter; φ ∈ [0.80, 1] by least squares on a grid (1 when the data are too few to
 *       estimate it), seasonal effects (summing to zero) where the unit has at least 12 quarterly margins and AICc
 *       prefers them. A fiscal year is the mean of its quarters.</li>
 * </ul>
 *
 * <p>Residuals are in margin units and assumed normal and independent; σ² = RSS / (n − k); parameter covariance
 * σ²(JᵀJ)⁻¹. A model needs at least k + 2 observations (two degrees of freedom for σ); with fewer than k + 4 its
 * AICc is undefined or barely defined, which {@link MarginFit} reports as a warning.
 *
 * <p><b>Anchoring.</b> A model with an {@code anchor} (the latest observation) forecasts from where the unit is:
 * {@code m(t) = fitted(t) + (m_anchor − fitted(anchor))} — the last residual persists (an intercept correction,
 * Clements &amp; Hendry 1996), so the first simulated quarter is centred on the last actual moved by the model's
 * change from there, not on the fitted curve.
 *
 * @param form       which form
 * @param params     {a, b}, {c, F, φ} or {a, b[, s₁, s₂, s₃]} (s₄ = −s₁−s₂−s₃)
 * @param covariance parameter covariance
 * @param sigma      residual standard deviation (margin units)
 * @param n          observations
 * @param aicc       AICc of the margin residuals
 * @param phi        damping of {@link Form#DAMPED_TREND} (NaN for the scale forms)
 * @param estimated  parameters estimated, including φ when it was
 * @param origin     t₀ of {@link Form#DAMPED_TREND}, quarters from the as-of quarter (0 for the scale forms)
 * @param asOfQuarterOfYear quarter of year (1..4) of the as-of quarter (for the seasonal effects)
 * @param anchor     the observation the forecast starts from, or null for the fitted curve itself
 */
public record ProfitModel(Form form, double[] params, double[][] covariance, double sigma, int n, double aicc,
        double phi, int estimated, int origin, int asOfQuarterOfYear, ProfitObservation anchor) {

    /** Grid of damping factors for {@link Form#DAMPED_TREND}. */
    static final double[] PHI_GRID = {0.80, 0.82, 0.84, 0.86, 0.88, 0.90, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99,
        1.0};

    /** Observations below which φ is not estimated (fixed at 1, an undamped trend). */
    static final int MIN_FOR_DAMPING = 6;

    /** Quarterly observations needed before seasonal effects are tried. */
    static final int MIN_FOR_SEASONS = 12;

    public enum Form {
        LOG_REVENUE("margin = a + b·ln(revenue)", List.of("a", "b")),
        OPERATING_LEVERAGE("income = c·revenue − F·exp(φ·t)", List.of("c", "F", "phi")),
        DAMPED_TREND("margin = a + b·damped time", List.of("a", "b", "s1", "s2", "s3"));

        private final String formula;
        private final List<String> names;

        Form(String formula, List<String> names) {
            this.formula = formula;
            this.names = names;
        }

        public String formula() {
            return formula;
        }

        public List<String> parameterNames() {
            return names;
        }
    }

    /** The least observations a form with {@code k} parameters is fitted on: two degrees of freedom for σ. */
    public static int minimumObservations(int k) {
        return k + 2;
    }

    /**
     * The scale family: both scale forms (where the data allow), best AICc first, anchored at the latest observation.
     *
     * @throws InsufficientDataException with fewer than {@code minimumObservations(2)} observations
     */
    public static List<ProfitModel> fitAll(List<ProfitObservation> obs) {
        List<ProfitModel> out = new ArrayList<>();
        requireAtLeast(obs, 2, "margin = a + b·ln(revenue)");
        out.add(logRevenue(obs).anchored(obs));
        if (obs.size() >= minimumObservations(3)) {
            try {
                out.add(leverage(obs).anchored(obs));
            } catch (RuntimeException e) {
                // the leverage form did not converge on these data: the log-revenue form stands alone
            }
        }
        out.sort(Comparator.comparingDouble(ProfitModel::aicc));
        return out;
    }

    /** The best scale form by AICc, anchored. */
    public static ProfitModel fit(List<ProfitObservation> obs) {
        return fitAll(obs).get(0);
    }

    private static void requireAtLeast(List<ProfitObservation> obs, int k, String what) {
        if (obs.size() < minimumObservations(k)) {
            throw new InsufficientDataException(what + " has " + k + " parameters and needs at least "
                    + minimumObservations(k) + " observations (quarters or fiscal years with income), got "
                    + obs.size());
        }
    }

    /** This model forecasting from the latest of {@code obs}. */
    ProfitModel anchored(List<ProfitObservation> obs) {
        return new ProfitModel(form, params, covariance, sigma, n, aicc, phi, estimated, origin, asOfQuarterOfYear,
                obs.get(obs.size() - 1));
    }

    /** This model forecasting from its fitted curve (no anchor): the model of earlier versions. */
    public ProfitModel unanchored() {
        return new ProfitModel(form, params, covariance, sigma, n, aicc, phi, estimated, origin, asOfQuarterOfYear,
                null);
    }

    static ProfitModel logRevenue(List<ProfitObservation> obs) {
        int n = obs.size();
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
            x[i][1] = Math.log(obs.get(i).quarterlyRevenue());
            y[i] = obs.get(i).margin();
        }
        Ols ols = Ols.fit(x, y);
        if (ols == null) {
            throw new InsufficientDataException("the revenues do not vary: cannot fit margin = a + b·ln(revenue)");
        }
        return finish(Form.LOG_REVENUE, ols.beta, ols.unscaled, ols.rss, n, 2, Double.NaN, 0, 1);
    }

    static ProfitModel leverage(List<ProfitObservation> obs) {
        int n = obs.size();
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = obs.get(i).margin();
        }
        // Start: c from the best margin seen plus a little, F from the latest loss, phi from a slow cost growth.
        ProfitObservation last = obs.get(n - 1);
        double c0 = Math.max(0.05, obs.stream().mapToDouble(ProfitObservation::margin).max().orElse(0) + 0.1);
        double f0 = Math.max(1e-6, (c0 * last.revenue() - last.income()) / last.quarters().length);
        double[] start = {c0, f0, 0.02};
        LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(start)
                .target(target)
                .model(p -> {
                    double c = p.getEntry(0);
                    double f = p.getEntry(1);
                    double phi = p.getEntry(2);
                    double[] value = new double[n];
                    double[][] jac = new double[n][3];
                    for (int i = 0; i < n; i++) {
                        ProfitObservation o = obs.get(i);
                        double s = 0;
                        double st = 0;
                        for (int q : o.quarters()) {
                            double e = Math.exp(phi * q);
                            s += e;
                            st += q * e;
                        }
                        value[i] = c - f * s / o.revenue();
                        jac[i][0] = 1;
                        jac[i][1] = -s / o.revenue();
                        jac[i][2] = -f * st / o.revenue();
                    }
                    return new Pair<>(new ArrayRealVector(value, false), new Array2DRowRealMatrix(jac, false));
                })
                .maxEvaluations(10_000)
                .maxIterations(10_000)
                .build());
        double[] p = opt.getPoint().toArray();
        if (!(p[1] > 0) || !Double.isFinite(p[2]) || Math.abs(p[2]) > 1) {
            throw new InsufficientDataException("operating-leverage fit is not meaningful: F=" + p[1] + ", phi=" + p[2]);
        }
        double rss = opt.getResiduals().dotProduct(opt.getResiduals());
        RealMatrix j = opt.getJacobian();
        double[][] inv = MatrixUtils.inverse(j.transpose().multiply(j)).getData();
        return finish(Form.OPERATING_LEVERAGE, p, inv, rss, n, 3, Double.NaN, 0, 1);
    }

    /**
     * The path family: the damped trend on the margins in time, with seasonal effects where the data allow and
     * AICc prefers them; anchored at the latest observation.
     *
     * @param obs               observations, oldest first, offsets from the as-of quarter
     * @param asOfQuarterOfYear quarter of year (1..4) of the as-of quarter
     * @throws InsufficientDataException with fewer than {@code minimumObservations(2)} observations
     */
    public static ProfitModel trend(List<ProfitObservation> obs, int asOfQuarterOfYear) {
        requireAtLeast(obs, 2, "the margin trend");
        ProfitModel best = trend(obs, asOfQuarterOfYear, false);
        long quarterly = obs.stream().filter(o -> o.quarters().length == 1).count();
        if (quarterly >= MIN_FOR_SEASONS) {
            ProfitModel seasonal = trend(obs, asOfQuarterOfYear, true);
            if (seasonal.aicc() < best.aicc()) {
                best = seasonal;
            }
        }
        return best.anchored(obs);
    }

    private static ProfitModel trend(List<ProfitObservation> obs, int qoy, boolean seasonal) {
        int n = obs.size();
        int origin = obs.get(0).quarters()[0];
        boolean damp = n >= MIN_FOR_DAMPING;
        double[] grid = damp ? PHI_GRID : new double[] {1.0};
        int k = seasonal ? 5 : 2;
        ProfitModel best = null;
        for (double phi : grid) {
            double[][] x = new double[n][k];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                int[] qs = obs.get(i).quarters();
                x[i][0] = 1;
                for (int q : qs) {
                    x[i][1] += damped(q - origin, phi) / qs.length;
                    if (seasonal) {
                        double[] s = seasonRow(q, qoy);
                        for (int j = 0; j < 3; j++) {
                            x[i][2 + j] += s[j] / qs.length;
                        }
                    }
                }
                y[i] = obs.get(i).margin();
            }
            Ols ols = Ols.fit(x, y);
            if (ols == null) {
                continue;
            }
            ProfitModel m = finish(Form.DAMPED_TREND, ols.beta, ols.unscaled, ols.rss, n, k + (damp ? 1 : 0), phi,
                    origin, qoy);
            if (best == null || m.aicc() < best.aicc() || !Double.isFinite(best.aicc()) && m.sigma() < best.sigma()) {
                best = m;
            }
        }
        if (best == null) {
            throw new InsufficientDataException("the margin trend cannot be fitted: the observations do not span"
                    + " enough quarters");
        }
        return best;
    }

    /** D(h) = Σ_{j=1}^{h} φ^j (h for φ = 1; negative h counts backwards). */
    static double damped(int h, double phi) {
        if (phi == 1.0) {
            return h;
        }
        return phi * (1 - Math.pow(phi, h)) / (1 - phi);
    }

    /** Sum-to-zero coding of quarter of year: rows for Q1..Q3 are unit vectors, Q4 is (−1, −1, −1). */
    private static double[] seasonRow(int offset, int asOfQuarterOfYear) {
        int qoy = Math.floorMod(asOfQuarterOfYear - 1 + offset, 4);
        double[] r = new double[3];
        if (qoy == 3) {
            r[0] = -1;
            r[1] = -1;
            r[2] = -1;
        } else {
            r[qoy] = 1;
        }
        return r;
    }

    /** Ordinary least squares with (XᵀX)⁻¹; null when XᵀX is singular. */
    private record Ols(double[] beta, double[][] unscaled, double rss) {
        static Ols fit(double[][] x, double[] y) {
            RealMatrix xm = new Array2DRowRealMatrix(x);
            RealMatrix inv;
            try {
                inv = MatrixUtils.inverse(xm.transpose().multiply(xm));
            } catch (SingularMatrixException e) {
                return null;
            }
            double[] beta = inv.operate(xm.transpose().operate(new ArrayRealVector(y))).toArray();
            double rss = 0;
            for (int i = 0; i < y.length; i++) {
                double f = 0;
                for (int j = 0; j < beta.length; j++) {
                    f += x[i][j] * beta[j];
                }
                rss += (y[i] - f) * (y[i] - f);
            }
            return new Ols(beta, inv.getData(), rss);
        }
    }

    private static ProfitModel finish(Form form, double[] params, double[][] unscaledCov, double rss, int n,
            int estimated, double phi, int origin, int qoy) {
        int k = params.length;
        double sigma2 = rss / Math.max(1, n - estimated);
        double[][] cov = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cov[i][j] = sigma2 * unscaledCov[i][j];
            }
        }
        int kk = estimated + 1; // sigma is a parameter of the likelihood too
        double mlVar = Math.max(rss / n, 1e-300);
        double aic = n * Math.log(mlVar) + 2 * kk;
        double aicc = n - kk - 1 > 0 ? aic + 2.0 * kk * (kk + 1) / (n - kk - 1) : Double.POSITIVE_INFINITY;
        return new ProfitModel(form, params, cov, Math.sqrt(sigma2), n, aicc, phi, estimated, origin, qoy, null);
    }

    /** Degrees of freedom of σ: observations less estimated parameters. */
    public int degreesOfFreedom() {
        return Math.max(1, n - estimated);
    }

    /** Whether AICc is defined for this fit (n > k + 2, σ counted). */
    public boolean aiccDefined() {
        return Double.isFinite(aicc);
    }

    /** The expected margin in the single quarter at offset {@code t} with quarterly revenue {@code r}. */
    public double margin(double[] p, double r, int t) {
        return switch (form) {
            case LOG_REVENUE -> p[0] + p[1] * Math.log(r);
            case OPERATING_LEVERAGE -> p[0] - p[1] * Math.exp(p[2] * t) / r;
            case DAMPED_TREND -> trendAt(p, t);
        };
    }

    private double trendAt(double[] p, int t) {
        double m = p[0] + p[1] * damped(t - origin, phi);
        if (p.length > 2) {
            double[] s = seasonRow(t, asOfQuarterOfYear);
            m += p[2] * s[0] + p[3] * s[1] + p[4] * s[2];
        }
        return m;
    }

    /** The model's margin of a whole observation (a quarter, or a fiscal year), for parameters {@code p}. */
    public double fittedMargin(double[] p, ProfitObservation o) {
        int[] qs = o.quarters();
        return switch (form) {
            case LOG_REVENUE -> p[0] + p[1] * Math.log(o.quarterlyRevenue());
            case OPERATING_LEVERAGE -> {
                double s = 0;
                for (int q : qs) {
                    s += Math.exp(p[2] * q);
                }
                yield p[0] - p[1] * s / o.revenue();
            }
            case DAMPED_TREND -> {
                double s = 0;
                for (int q : qs) {
                    s += trendAt(p, q);
                }
                yield s / qs.length;
            }
        };
    }

    /** The anchor's residual for parameters {@code p}: what a forecast adds to the model's margin (0 unanchored). */
    public double offset(double[] p) {
        return anchor == null ? 0 : anchor.margin() - fittedMargin(p, anchor);
    }

    /** Lower Cholesky factor of the covariance (for parameter draws); zero rows where it is not positive definite. */
    public double[][] covarianceFactor() {
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(covariance), 1e-12, 1e-14).getL().getData();
        } catch (RuntimeException e) {
            double[][] d = new double[params.length][params.length];
            for (int i = 0; i < params.length; i++) {
                d[i][i] = Math.sqrt(Math.max(0, covariance[i][i]));
            }
            return d;
        }
    }

    /** The formula in words, with φ and seasons for the trend. */
    public String description() {
        if (form != Form.DAMPED_TREND) {
            return form.formula();
        }
        return (phi == 1.0 ? "margin trend in time (undamped)" : String.format(Locale.ROOT,
                "margin trend in time, damped φ=%.2f", phi)) + (params.length > 2 ? " + quarter-of-year effects" : "");
    }

    /** One line: form, parameters ± SE, σ, AICc, anchor. */
    public String summary() {
        StringBuilder sb = new StringBuilder(description()).append(": ");
        for (int i = 0; i < params.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(form.parameterNames().get(i)).append('=')
                    .append(String.format(Locale.ROOT, "%.4g ± %.2g", params[i], Math.sqrt(covariance[i][i])));
        }
        sb.append(String.format(Locale.ROOT, "; sigma %.2f pp; n=%d; ", 100 * sigma, n));
        sb.append(aiccDefined() ? String.format(Locale.ROOT, "AICc %.2f", aicc)
                : "AICc undefined (too few observations for its " + estimated + " parameters)");
        if (anchor != null) {
            sb.append(String.format(Locale.ROOT, "; starts from %s (margin %.1f%%, %+.1f pp from the fit)",
                    anchor.label(), 100 * anchor.margin(), 100 * offset(params)));
        }
        return sb.toString();
    }
}
