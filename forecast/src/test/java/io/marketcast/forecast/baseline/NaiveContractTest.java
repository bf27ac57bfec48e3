package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class NaiveContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return new Naive();
    }

    @Override
    protected int minLength() {
        return 2;
    }
}
