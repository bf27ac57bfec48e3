package io.marketcast.forecast.ets;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class EtsContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return EtsMethod.auto();
    }

    @Override
    protected int minLength() {
        return 7;
    }
}
