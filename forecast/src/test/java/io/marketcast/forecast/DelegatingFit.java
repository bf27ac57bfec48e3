package io.marketcast.forecast;

import java.util.List;

/** A fit that hands every call to another; tests override what they change. */
public abstract class DelegatingFit implements Fitted {

    private final Fitted fit;

    protected DelegatingFit(Fitted fit) {
        this.fit = fit;
    }

    @Override
    public String method() {
        return fit.method();
    }

    @Override
    public int n() {
        return fit.n();
    }

    @Override
    public int period() {
        return fit.period();
    }

    @Override
    public Forecast forecast(int horizon, double... levels) {
        return fit.forecast(horizon, levels);
    }

    @Override
    public PathModel paths(int horizon) {
        return fit.paths(horizon);
    }

    @Override
    public double[] fitted() {
        return fit.fitted();
    }

    @Override
    public double[] residuals() {
        return fit.residuals();
    }

    @Override
    public List<Parameter> parameters() {
        return fit.parameters();
    }

    @Override
    public String summary() {
        return fit.summary();
    }
}
