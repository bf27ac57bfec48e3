package io.marketcast.forecast.theta;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class DotmContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return Dotm.dotm();
    }

    @Override
    protected int minLength() {
        return 4;
    }
}
