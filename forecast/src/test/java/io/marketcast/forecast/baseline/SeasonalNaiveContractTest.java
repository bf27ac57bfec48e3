package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class SeasonalNaiveContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return new SeasonalNaive();
    }

    @Override
    protected int minLength() {
        return 5;
    }
}
