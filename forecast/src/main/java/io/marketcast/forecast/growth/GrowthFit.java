package io.marketcast.forecast.growth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fitted growth curve: estimates, their covariance and standard errors, goodness of fit, information criteria,
 * optimizer statistics and diagnostics. Immutable; made by {@link GrowthFitter}.
 *
 * <p>Scales: {@link #rss()}, {@link #sigma()} and the covariance are on the fitting scale — levels for
 * {@link ErrorModel#ADDITIVE}, natural logs for {@link ErrorModel#MULTIPLICATIVE}. The log-likelihood is that of
 * the observations on the level scale (for the multiplicative model it includes the Jacobian {@code -Σ log y}),
 * so additive and multiplicative fits of the same data can be compared. AICc and BIC count σ as a parameter
 * ({@code k = parameters + 1}), as R's {@code AIC(nls)} does.
 *
 * <p>NaN policy: every number held is finite. When the Jacobian is singular there is no covariance:
 * {@link #covariance()} and {@link #stdErrors()} are empty and a {@link Diagnostic} says why.
 */
public final class GrowthFit {

    private final GrowthCurve curve;
    private final ErrorModel error;
    private final double[] t;
    private final double[] y;
    private final double[] estimates;
    private final double[][] covariance;
    private final double rss;
    private final double sigma;
    private final double logLikelihood;
    private final double aicc;
    private final double bic;
    private final int iterations;
    private final int evaluations;
    private final boolean converged;
    private final List<Diagnostic> diagnostics;

    GrowthFit(GrowthCurve curve, ErrorModel error, double[] t, double[] y, double[] estimates, double[][] covariance,
            double rss, int iterations, int evaluations, boolean converged, List<Diagnostic> diagnostics) {
        this.curve = Objects.requireNonNull(curve, "curve");
        this.error = Objects.requireNonNull(error, "error");
        this.t = t.clone();
        this.y = y.clone();
        this.estimates = estimates.clone();
        this.covariance = covariance == null ? null : copy(covariance);
        this.rss = rss;
        this.iterations = iterations;
        this.evaluations = evaluations;
        this.converged = converged;
        this.diagnostics = List.copyOf(diagnostics);
        int n = t.length;
        int p = estimates.length;
        int k = p + 1;
        this.sigma = Math.sqrt(rss / (n - p));
        double jacobianTerm = 0;
        if (error == ErrorModel.MULTIPLICATIVE) {
            for (double v : y) {
                jacobianTerm -= Math.log(v);
            }
        }
        double meanSquare = Math.max(rss / n, Double.MIN_NORMAL);
        this.logLikelihood = -0.5 * n * (Math.log(2 * Math.PI) + Math.log(meanSquare) + 1) + jacobianTerm;
        this.aicc = -2 * logLikelihood + 2.0 * k + 2.0 * k * (k + 1) / (n - k - 1);
        this.bic = -2 * logLikelihood + k * Math.log(n);
    }

    public GrowthCurve curve() {
        return curve;
    }

    public ErrorModel error() {
        return error;
    }

    /** Number of observations. */
    public int n() {
        return t.length;
    }

    public double[] t() {
        return t.clone();
    }

    public double[] y() {
        return y.clone();
    }

    /** Parameter estimates in the curve's parametrisation ({@link GrowthCurve#parameterNames()}). */
    public double[] estimates() {
        return estimates.clone();
    }

    public double estimate(int i) {
        return estimates[i];
    }

    /** {@code σ²·(JᵀJ)⁻¹} at the estimates, on the fitting scale; empty when the Jacobian is singular. */
    public Optional<double[][]> covariance() {
        return covariance == null ? Optional.empty() : Optional.of(copy(covariance));
    }

    /** Standard errors: square roots of the covariance diagonal; empty when there is no covariance. */
    public Optional<double[]> stdErrors() {
        if (covariance == null) {
            return Optional.empty();
        }
        double[] se = new double[estimates.length];
        for (int i = 0; i < se.length; i++) {
            se[i] = Math.sqrt(covariance[i][i]);
        }
        return Optional.of(se);
    }

    /** Residual sum of squares on the fitting scale. */
    public double rss() {
        return rss;
    }

    /** Residual standard deviation {@code sqrt(rss / (n - p))} on the fitting scale. */
    public double sigma() {
        return sigma;
    }

    public double logLikelihood() {
        return logLikelihood;
    }

    public double aicc() {
        return aicc;
    }

    public double bic() {
        return bic;
    }

    /** Levenberg–Marquardt iterations. */
    public int iterations() {
        return iterations;
    }

    /** Evaluations of the curve and its Jacobian on all points. */
    public int evaluations() {
        return evaluations;
    }

    public boolean converged() {
        return converged;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** True when no diagnostic is fatal: converged, identified, within the constraints. */
    public boolean usable() {
        return diagnostics.stream().noneMatch(d -> d.kind().fatal());
    }

    /** The fitted curve at {@code time}, on the level scale (for the multiplicative model: the median). */
    public double fitted(double time) {
        return curve.value(time, estimates);
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public String toString() {
        return curve.name() + " (" + error.label() + ") " + java.util.Arrays.toString(estimates) + ", rss " + rss
                + ", AICc " + aicc + (diagnostics.isEmpty() ? "" : ", " + diagnostics);
    }
}
