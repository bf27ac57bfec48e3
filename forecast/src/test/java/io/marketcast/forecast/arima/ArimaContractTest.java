package io.marketcast.forecast.arima;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

/** The method contract for auto.arima ({@code arima}). */
class ArimaContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return ArimaMethod.auto();
    }

    @Override
    protected int minLength() {
        return ArimaMethod.AUTO_MINIMUM;
    }
}
