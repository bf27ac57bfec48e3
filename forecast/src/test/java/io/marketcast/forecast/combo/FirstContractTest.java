package io.marketcast.forecast.combo;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;
import io.marketcast.forecast.registry.Methods;

class FirstContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return Methods.get("first:ets:ANN+naive");
    }

    @Override
    protected int minLength() {
        return 2;
    }
}
