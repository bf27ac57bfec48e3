package io.marketcast.model;

/**
 * A conversion needed an exchange rate that the data does not have: the message names the pair, the quarter and what
 * the rates cover. Raised by {@link FxRates#rate} and {@link FxRates#convert}.
 */
public final class MissingRateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient Currency currency;
    private final transient Currency per;
    private final transient Quarter quarter;

    public MissingRateException(Currency currency, Currency per, Quarter quarter, String coverage) {
        super("no " + currency + " per " + per + " rate for " + quarter + " (" + coverage + ")");
        this.currency = currency;
        this.per = per;
        this.quarter = quarter;
    }

    /** The currency that was to be converted. */
    public Currency currency() {
        return currency;
    }

    /** The currency it was to be converted to. */
    public Currency per() {
        return per;
    }

    /** The quarter without a rate. */
    public Quarter quarter() {
        return quarter;
    }
}
