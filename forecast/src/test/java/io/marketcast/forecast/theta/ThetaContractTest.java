package io.marketcast.forecast.theta;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.ForecasterContractTest;

class ThetaContractTest extends ForecasterContractTest {

    @Override
    protected Forecaster method() {
        return new Theta();
    }

    @Override
    protected int minLength() {
        return 3;
    }
}
