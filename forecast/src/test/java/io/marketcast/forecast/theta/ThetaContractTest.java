package io.marketcast.forecast.theta;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class ThetaContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return new Theta();
    }

    @Override
    protected int minLength() {
        return 3;
    }
}
