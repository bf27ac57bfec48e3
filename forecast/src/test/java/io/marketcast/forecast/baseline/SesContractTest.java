package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.ForecasterContractTest;

class SesContractTest extends ForecasterContractTest {

    @Override
    protected Forecaster method() {
        return new Ses();
    }

    @Override
    protected int minLength() {
        return 3;
    }
}
