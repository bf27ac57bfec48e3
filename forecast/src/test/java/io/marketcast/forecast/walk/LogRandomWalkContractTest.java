package io.marketcast.forecast.walk;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;

class LogRandomWalkContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return LogRandomWalk.allHistory().withWindow(8);
    }

    @Override
    protected int minLength() {
        return 3;
    }
}
