package io.marketcast.forecast.arima;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

/** The method contract for a fixed seasonal model with drift, {@code arima-drift:1,0,0,0,1,1}. */
class FixedArimaContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return ArimaMethod.parseDrift("1,0,0,0,1,1");
    }

    @Override
    protected int minLength() {
        return 4 + 3 + 2;   // D·m + three coefficients + 2
    }

    @Override
    protected boolean fitsAConstantHistory() {
        return false;   // as R: the CSS objective is log(0)
    }
}
