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
 * How a unit's profit depends on its revenue, fitted on its margins (income / revenue, so that quarters and fiscal
 * years weigh alike). Two forms, chosen by AICc (docs/methods.md, "Profitability timing"):
 *
 * <ul>
 *   <li>{@link Form#LOG_REVENUE}: {@code margin = a + b·ln(R)} with R the quarterly revenue — margins improve by
 *       {@code b} for every factor e of scale.</li>
 *   <li>{@link Form#OPERATING_LEVERAGE}: {@code income = c·R − F·e^(φ·t)} per quarter — a contribution margin
 *       {@code c} on revenue against fixed costs growing at their own rate φ per quarter (t = 0 at the as-of
 *       quarter). A fiscal year sums its four quarters.</li>
 * </ul>
 *
 * <p>Residuals are in margin units and assumed normal and independent; σ is their ML-unbiased standard deviation
 * (RSS / (n − k)); parameter covariance is σ²(JᵀJ)⁻¹. Needs at least k + 2 observations.
 *
 * @param form       which form
 * @param params     {a, b} or {c, F, φ}
 * @param covariance parameter covariance
 * @param sigma      residual standard deviation (margin units)
 * @param n          observations
 * @param aicc       AICc of the margin residuals
 */
public record ProfitModel(Form form, double[] params, double[][] covariance, double sigma, int n, double aicc) {

    public enum Form {
        LOG_REVENUE("margin = a + b·ln(revenue)", List.of("a", "b")),
        OPERATING_LEVERAGE("income = c·revenue − F·exp(φ·t)", List.of("c", "F", "phi"));

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

    /** Fits both forms (where the data allow) and returns them best AICc first. */
    public static List<ProfitModel> fitAll(List<ProfitObservation> obs) {
        List<ProfitModel> out = new ArrayList<>();
        if (obs.size() >= 4) {
            out.add(logRevenue(obs));
        }
        if (obs.size() >= 5) {
            try {
                out.add(leverage(obs));
            } catch (RuntimeException e) {
                // the leverage form did not converge on these data: the log-revenue form stands alone
            }
        }
        if (out.isEmpty()) {
            throw new InsufficientDataException("a profit model needs at least 4 observations (quarters or fiscal"
                    + " years with income), got " + obs.size());
        }
        out.sort(Comparator.comparingDouble(ProfitModel::aicc));
        return out;
    }

    /** The best form by AICc. */
    public static ProfitModel fit(List<ProfitObservation> obs) {
        return fitAll(obs).get(0);
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
        RealMatrix xm = new Array2DRowRealMatrix(x);
        RealMatrix xtx = xm.transpose().multiply(xm);
        RealMatrix inv;
        try {
            inv = MatrixUtils.inverse(xtx);
        } catch (SingularMatrixException e) {
            throw new InsufficientDataException("the revenues do not vary: cannot fit margin = a + b·ln(revenue)");
        }
        double[] beta = inv.operate(xm.transpose().operate(new ArrayRealVector(y))).toArray();
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - beta[0] - beta[1] * x[i][1];
            rss += r * r;
        }
        return finish(Form.LOG_REVENUE, beta, inv.getData(), rss, n);
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
        return finish(Form.OPERATING_LEVERAGE, p, inv, rss, n);
    }

    private static ProfitModel finish(Form form, double[] params, double[][] unscaledCov, double rss, int n) {
        int k = params.length;
        double sigma2 = rss / Math.max(1, n - k);
        double[][] cov = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cov[i][j] = sigma2 * unscaledCov[i][j];
            }
        }
        int kk = k + 1; // sigma is a parameter of the likelihood too
        double mlVar = Math.max(rss / n, 1e-300);
        double aic = n * Math.log(mlVar) + 2 * kk;
        double aicc = n - kk - 1 > 0 ? aic + 2.0 * kk * (kk + 1) / (n - kk - 1) : Double.POSITIVE_INFINITY;
        return new ProfitModel(form, params, cov, Math.sqrt(sigma2), n, aicc);
    }

    /** The expected margin at quarterly revenue {@code r} in quarter offset {@code t}, for parameters {@code p}. */
    public double margin(double[] p, double r, int t) {
        return switch (form) {
            case LOG_REVENUE -> p[0] + p[1] * Math.log(r);
            case OPERATING_LEVERAGE -> p[0] - p[1] * Math.exp(p[2] * t) / r;
        };
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

    /** One line: form, parameters ± SE, σ, AICc. */
    public String summary() {
        StringBuilder sb = new StringBuilder(form.formula()).append(": ");
        for (int i = 0; i < params.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(form.parameterNames().get(i)).append('=')
                    .append(String.format(Locale.ROOT, "%.4g ± %.2g", params[i], Math.sqrt(covariance[i][i])));
        }
        sb.append(String.format(Locale.ROOT, "; sigma %.2f pp; n=%d; ", 100 * sigma, n));
        return sb.append(Double.isFinite(aicc) ? String.format(Locale.ROOT, "AICc %.2f", aicc)
                : "AICc undefined (too few observations for its " + params.length + " parameters)").toString();
    }
}
