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
     * A combination's intervals combine the members' bounds (averaging endpoints) while its paths combine the
     * members' paths under shared innovations: the two agree only roughly (tail shares within 3 points here).
     */
    @Override
    protected double pathTolerance() {
        return 0.03;
    }

    /** The shortest member (ses, theta) needs 3; dotm is left out there. */
    @Override
    protected int minLength() {
        return 3;
    }
}
