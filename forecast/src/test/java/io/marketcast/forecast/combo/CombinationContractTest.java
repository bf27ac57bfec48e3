package io.marketcast.forecast.combo;

import io.marketcast.forecast.Forecaster;
import io.marketcast.forecast.ForecasterContractTest;
import io.marketcast.forecast.Methods;

class CombinationContractTest extends ForecasterContractTest {

    @Override
    protected Forecaster method() {
        return Methods.get("median:ses+theta+dotm");
    }

    /** The shortest member (ses, theta) needs 3; dotm is left out there. */
    @Override
    protected int minLength() {
        return 3;
    }
}
