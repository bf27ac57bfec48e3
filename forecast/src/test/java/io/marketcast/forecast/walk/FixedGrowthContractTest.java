package io.marketcast.forecast.walk;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class FixedGrowthContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return new FixedGrowth(0);
    }

    @Override
    protected int minLength() {
        return 3;
    }
}
