package io.marketcast.forecast.theta;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class OtmContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return Dotm.otm();
    }

    @Override
    protected int minLength() {
        return 4;
    }
}
