package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.ForecasterContractTest;

class DriftContractTest extends ForecasterContractTest {

    @Override
    protected Forecaster method() {
        return new Drift();
    }

    @Override
    protected int minLength() {
        return 3;
    }
}
