package io.marketcast.forecast.conformal;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;
import io.marketcast.forecast.registry.Methods;

class ConformalContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return Methods.get("theta:conformal=3");
    }

    /** As theta: the windows need more, but without one the model's own intervals are kept. */
    @Override
    protected int minLength() {
        return 3;
    }
}
