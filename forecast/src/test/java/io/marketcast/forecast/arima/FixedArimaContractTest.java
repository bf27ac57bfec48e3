package io.marketcast.forecast.arima;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

/** The method contract for a fixed seasonal model with drift, {@code arima:1,0,0,0,1,1,drift}. */
class FixedArimaContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return ArimaMethod.parse("1,0,0,0,1,1,drift");
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
