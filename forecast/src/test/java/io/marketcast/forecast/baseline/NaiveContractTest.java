package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.ForecasterContractTest;

class NaiveContractTest extends ForecasterContractTest {

    @Override
    protected Forecaster method() {
        return new Naive();
    }

    @Override
    protected int minLength() {
        return 2;
    }
}
