package io.marketcast.cli.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Money as people read it, including the absurd bands of thin fits ({@code $12,447.7B}, not {@code $12447.7B}). */
class MoneyTest {

    @Test
    void millionsReadAsShortAmountsWithThousandsGrouped() {
        assertEquals("$11.6B", Money.millions(11_601, "USD"));
        assertEquals("$850M", Money.millions(850, "USD"));
        assertEquals("-$29M", Money.millions(-29, "USD"));
        assertEquals("€1.5B", Money.millions(1_500, "EUR"));
        assertEquals("CHF 2.0B", Money.millions(2_000, "CHF"));
        assertEquals("$12,447.7B", Money.millions(12_447_700, "USD"));
    }
}
