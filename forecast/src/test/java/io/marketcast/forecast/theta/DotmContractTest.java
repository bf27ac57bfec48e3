package io.marketcast.forecast.theta;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.ForecasterContractTest;

class DotmContractTest extends ForecasterContractTest {

    @Override
    protected Forecaster method() {
        return Dotm.dotm();
    }

    @Override
    protected int minLength() {
        return 4;
    }
}
