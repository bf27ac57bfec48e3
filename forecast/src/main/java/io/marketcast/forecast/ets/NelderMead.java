package io.marketcast.forecast.ets;

import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead simplex minimiser exactly as R's {@code optim(method = "Nelder-Mead")} (C function {@code nmmin}
 * in R's {@code src/appl/optim.c}, after Nash 1990), which R {@code forecast::ets} calls with
 * {@code abstol = -Inf}, {@code reltol = sqrt(.Machine$double.eps)}, reflection 1, contraction 0.5, expansion 2.
 * Same arithmetic in the same order, so the same starting point gives the same optimum as R.
 *
 * <p>Written as a resumable search: {@link #point()} is the next point to evaluate and {@link #tell(double)} takes
 * its value, so that several searches can have their objective evaluated together (see {@link BatchFilter}).
 * {@link #minimize} drives one search with a function. Non-finite values count as {@value #BIG}. Not thread-safe.
 */
final class NelderMead {

    static final double BIG = 1.0e35;

    /** Result of a minimisation: fail 0 converged, 1 evaluation limit reached, 10 degenerate simplex. */
    record Result(double[] x, double value, int evaluations, int fail) {
    }

    private enum Phase { START, VERTEX, REFLECT, EXPAND, CONTRACT, DONE }

    private final int n;
    private final int n1;
    private final int c;
    private final double[][] v;
    private final double[] fv;
    private final double[] bvec;
    private final double[] centroid;
    private final double abstol;
    private final double intol;
    private final double alpha;
    private final double bet;
    private final double gamm;
    private final int maxit;
    private Phase phase = Phase.START;
    private int funcount;
    private int fail;
    private int l;
    private int h;
    private int vertex;
    private double convtol;
    private double oldsize;
    private double vl;
    private double vh;
    private double vr;
    private boolean calcvert;

    NelderMead(double[] start, double abstol, double intol, double alpha, double bet, double gamm, int maxit) {
        this.n = start.length;
        this.n1 = n + 1;
        this.c = n + 2;
        this.v = new double[n + 2][n];
        this.fv = new double[n + 2];
        this.bvec = start.clone();
        this.centroid = new double[n];
        this.abstol = abstol;
        this.intol = intol;
        this.alpha = alpha;
        this.bet = bet;
        this.gamm = gamm;
        this.maxit = maxit;
    }

    /**
     * Minimises {@code f} from {@code start}.
     *
     * @throws IllegalArgumentException if {@code f} is not finite at {@code start}
     */
    static Result minimize(ToDoubleFunction<double[]> f, double[] start, double abstol, double intol, double alpha,
            double bet, double gamm, int maxit) {
        NelderMead nm = new NelderMead(start, abstol, intol, alpha, bet, gamm, maxit);
        while (!nm.done()) {
            nm.tell(f.applyAsDouble(nm.point()));
        }
        return nm.result();
    }

    boolean done() {
        return phase == Phase.DONE;
    }

    /** The point whose value {@link #tell} expects next; owned by the search, do not modify. */
    double[] point() {
        return bvec;
    }

    /**
     * The value at {@link #point()}.
     *
     * @throws IllegalArgumentException if the value at the starting point is not finite
     */
    void tell(double value) {
        double f = value;
        switch (phase) {
            case START -> {
                if (!Double.isFinite(f)) {
                    throw new IllegalArgumentException("function cannot be evaluated at initial parameters");
                }
                funcount = 1;
                convtol = intol * (Math.abs(f) + intol);
                fv[0] = f;
                for (int i = 0; i < n; i++) {
                    v[0][i] = bvec[i];
                }
                l = 1;
                double size = 0.0;
                double step = 0.0;
                for (int i = 0; i < n; i++) {
                    if (0.1 * Math.abs(bvec[i]) > step) {
                        step = 0.1 * Math.abs(bvec[i]);
                    }
                }
                if (step == 0.0) {
                    step = 0.1;
                }
                for (int j = 2; j <= n1; j++) {
                    for (int i = 0; i < n; i++) {
                        v[j - 1][i] = bvec[i];
                    }
                    double trystep = step;
                    while (v[j - 1][j - 2] == bvec[j - 2]) {
                        v[j - 1][j - 2] = bvec[j - 2] + trystep;
                        trystep *= 10;
                    }
                    size += trystep;
                }
                oldsize = size;
                calcvert = true;
                top();
            }
            case VERTEX -> {
                if (!Double.isFinite(f)) {
                    f = BIG;
                }
                funcount++;
                fv[vertex] = f;
                nextVertex(vertex + 1);
            }
            case REFLECT -> {
                if (!Double.isFinite(f)) {
                    f = BIG;
                }
                funcount++;
                vr = f;
                if (vr < vl) {
                    fv[c - 1] = f;
                    for (int i = 0; i < n; i++) {
                        double t = gamm * bvec[i] + (1 - gamm) * v[c - 1][i];
                        v[c - 1][i] = bvec[i];
                        bvec[i] = t;
                    }
                    phase = Phase.EXPAND;
                } else {
                    if (vr < vh) {
                        for (int i = 0; i < n; i++) {
                            v[h - 1][i] = bvec[i];
                        }
                        fv[h - 1] = vr;
                    }
                    for (int i = 0; i < n; i++) {
                        bvec[i] = (1 - bet) * v[h - 1][i] + bet * v[c - 1][i];
                    }
                    phase = Phase.CONTRACT;
                }
            }
            case EXPAND -> {
                if (!Double.isFinite(f)) {
                    f = BIG;
                }
                funcount++;
                if (f < vr) {
                    for (int i = 0; i < n; i++) {
                        v[h - 1][i] = bvec[i];
                    }
                    fv[h - 1] = f;
                } else {
                    for (int i = 0; i < n; i++) {
                        v[h - 1][i] = v[c - 1][i];
                    }
                    fv[h - 1] = vr;
                }
                bottom();
            }
            case CONTRACT -> {
                if (!Double.isFinite(f)) {
                    f = BIG;
                }
                funcount++;
                if (f < fv[h - 1]) {
                    for (int i = 0; i < n; i++) {
                        v[h - 1][i] = bvec[i];
                    }
                    fv[h - 1] = f;
                } else if (vr >= vh) {
                    calcvert = true;
                    double size = 0.0;
                    for (int j = 0; j < n1; j++) {
                        if (j + 1 != l) {
                            for (int i = 0; i < n; i++) {
                                v[j][i] = bet * (v[j][i] - v[l - 1][i]) + v[l - 1][i];
                                size += Math.abs(v[j][i] - v[l - 1][i]);
                            }
                        }
                    }
                    if (size < oldsize) {
                        oldsize = size;
                    } else {
                        fail = 10;
                        finish();
                        return;
                    }
                }
                bottom();
            }
            case DONE -> throw new IllegalStateException("the search is over");
        }
    }

    /** The best vertex once {@link #done()}. */
    Result result() {
        if (!done()) {
            throw new IllegalStateException("the search is not over");
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = v[l - 1][i];
        }
        return new Result(x, fv[l - 1], funcount, fail);
    }

    /** End of one pass of nmmin's do-while body. */
    private void bottom() {
        if (funcount <= maxit) {
            top();
        } else {
            finish();
        }
    }

    private void finish() {
        if (funcount > maxit) {
            fail = 1;
        }
        phase = Phase.DONE;
    }

    /** Start of nmmin's do-while body: vertex values if needed, then the convergence test and a reflection. */
    private void top() {
        if (calcvert) {
            nextVertex(0);
        } else {
            afterVertices();
        }
    }

    private void nextVertex(int from) {
        int j = from;
        if (j + 1 == l) {
            j++;
        }
        if (j < n1) {
            vertex = j;
            for (int i = 0; i < n; i++) {
                bvec[i] = v[j][i];
            }
            phase = Phase.VERTEX;
            return;
        }
        calcvert = false;
        afterVertices();
    }

    private void afterVertices() {
        vl = fv[l - 1];
        vh = vl;
        h = l;
        for (int j = 1; j <= n1; j++) {
            if (j != l) {
                double val = fv[j - 1];
                if (val < vl) {
                    l = j;
                    vl = val;
                }
                if (val > vh) {
                    h = j;
                    vh = val;
                }
            }
        }
        if (vh <= vl + convtol || vl <= abstol) {
            finish();
            return;
        }
        // centroid without the worst vertex; the j-outer order adds in nmmin's order for every i
        double[] worst = v[h - 1];
        for (int i = 0; i < n; i++) {
            centroid[i] = -worst[i];
        }
        for (int j = 0; j < n1; j++) {
            double[] vj = v[j];
            for (int i = 0; i < n; i++) {
                centroid[i] += vj[i];
            }
        }
        for (int i = 0; i < n; i++) {
            v[c - 1][i] = centroid[i] / n;
        }
        for (int i = 0; i < n; i++) {
            bvec[i] = (1.0 + alpha) * v[c - 1][i] - alpha * v[h - 1][i];
        }
        phase = Phase.REFLECT;
    }
}
