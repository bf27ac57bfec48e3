package io.marketcast.forecast.theta;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.ForecasterContractTest;

class OtmContractTest extends ForecasterContractTest {

    @Override
    protected Forecaster method() {
        return Dotm.otm();
    }

    @Override
    protected int minLength() {
        return 4;
    }
}
