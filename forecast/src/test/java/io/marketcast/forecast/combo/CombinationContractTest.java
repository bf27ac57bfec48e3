package io.marketcast.forecast.combo;

import io.marketcast.forecast.Method;
import io.marketcast.forecast.MethodContractTest;
import io.marketcast.forecast.registry.Methods;

class CombinationContractTest extends MethodContractTest {

    @Override
    protected Method method() {
        return Methods.get("median:ses+theta+dotm");
    }

    /**
     * A combination's intervals are the quantiles of its own paths, estimated from 10,000 of them: a bound's tail
     * share then carries a Monte Carlo error of sd √(0.1·0.9/10,000) = 0.003 besides the test's own 0.0021
     * (together 0.0037); 0.015 is 4 of those, and still fails an interval 10% too narrow or wide (tail 0.08 or
     * 0.12 at the 80% level).
     */
    @Override
    protected double pathTolerance() {
        return 0.015;
    }

    /** The shortest member (ses, theta) needs 3; dotm is left out there. */
    @Override
    protected int minLength() {
        return 3;
    }
}
