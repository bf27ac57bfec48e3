package io.marketcast.forecast.internal;

import io.marketcast.forecast.Fitted;
import io.marketcast.forecast.Forecast;
import io.marketcast.forecast.Parameter;
import io.marketcast.forecast.PathModel;
import java.util.List;
import java.util.Objects;

/**
 * A fit that hands every call to another; wrappers (the registry's checks, {@code first:}, conformal intervals) and
 * tests override what they change.
 */
public abstract class DelegatingFit implements Fitted {

    private final Fitted fit;

    protected DelegatingFit(Fitted fit) {
        this.fit = Objects.requireNonNull(fit, "fit");
    }

    /** The fit every call not overridden goes to. */
    protected final Fitted delegate() {
        return fit;
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

    @Override
    public List<String> cautions() {
        return fit.cautions();
    }
}
