package io.marketcast.forecast.baseline;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class SesContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return new Ses();
    }

    @Override
    protected int minLength() {
        return 3;
    }
}
