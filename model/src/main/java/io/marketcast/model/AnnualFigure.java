package io.marketcast.model;

import java.util.OptionalDouble;

/**
 * A fiscal-year total without a quarterly breakdown (annual.csv): lets a margin model see the years before
 * quarterly disclosure began.
 *
 * @param slug             series slug of the segment
 * @param company          company
 * @param segment          segment
 * @param definition       definition tag
 * @param fiscalYear       the company's label, e.g. {@code FY2020}
 * @param periodEnd        calendar quarter in which the fiscal year ends
 * @param currency         currency
 * @param revenue          revenue, millions
 * @param income           segment profit, millions (negative = loss); empty when not disclosed
 * @param incomeMetric     the profit measure
 * @param status           status text
 * @param source           source note
 */
public record AnnualFigure(String slug, String company, String segment, String definition, String fiscalYear,
        Quarter periodEnd, Currency currency, double revenue, OptionalDouble income, Metric incomeMetric,
        String status, String source) {

    /** The four calendar quarters of the fiscal year. */
    public java.util.List<Quarter> quarters() {
        return Quarter.range(periodEnd.minus(3), periodEnd);
    }
}
