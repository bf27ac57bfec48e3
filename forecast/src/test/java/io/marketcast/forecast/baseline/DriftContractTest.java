package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class DriftContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return new Drift();
    }

    @Override
    protected int minLength() {
        return 3;
    }
}
