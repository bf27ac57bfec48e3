package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.ForecasterContractTest;

class Naive2ContractTest extends ForecasterContractTest {

    @Override
    protected Forecaster method() {
        return new Naive2();
    }

    @Override
    protected int minLength() {
        return 2;
    }
}
