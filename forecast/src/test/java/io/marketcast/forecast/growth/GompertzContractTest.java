package io.marketcast.forecast.growth;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class GompertzContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return GrowthMethod.of("gompertz");
    }

    @Override
    protected boolean fitsAConstantHistory() {
        return false;
    }

    @Override
    protected int minLength() {
        return 6;
    }
}
