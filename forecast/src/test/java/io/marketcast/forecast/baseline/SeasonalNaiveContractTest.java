package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.ForecasterContractTest;

class SeasonalNaiveContractTest extends ForecasterContractTest {

    @Override
    protected Forecaster method() {
        return new SeasonalNaive();
    }

    @Override
    protected int minLength() {
        return 5;
    }
}
