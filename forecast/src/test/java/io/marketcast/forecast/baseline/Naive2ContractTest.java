package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class Naive2ContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return new Naive2();
    }

    @Override
    protected int minLength() {
        return 2;
    }
}
