package io.marketcast.cli.chart;

import java.util.List;

/** Small tables of record, in the format `marketcast run` writes, for the chart tests. */
final class Tables {

    private Tables() {
    }

    /** Two vendors, the rest of the market, their shares, and a profit unit; three forecast quarters 2020Q4..2021Q2. */
    static final String QUANTILES = """
            series,quarter,mean,p5,p10,p25,p50,p75,p90,p95,actual,actual_status
            aws,2020Q4,12400,11800,11900,12100,12400,12700,12900,13000,12742.0,reported
            aws,2021Q1,13300,12300,12500,12900,13300,13700,14100,14300,13503.0,reported
            aws,2021Q2,14300,12900,13200,13700,14250,14800,15300,15700,,
            azure,2020Q4,5600,5200,5300,5450,5600,5750,5900,6000,5700,estimate
            azure,2021Q1,6200,5600,5700,5950,6150,6400,6650,6800,6300,estimate
            azure,2021Q2,6800,6000,6200,6500,6780,7050,7350,7500,,
            others,2020Q4,16000,15000,15200,15600,16000,16400,16800,17000,,
            others,2021Q1,16500,15300,15500,16000,16500,17000,17500,17700,,
            others,2021Q2,17000,15600,15900,16400,17000,17600,18100,18400,,
            share:aws,2020Q4,36.0,34.0,34.5,35.2,36.1,36.8,37.5,38.0,35.5,reported
            share:aws,2021Q1,35.8,33.5,34.0,35.0,35.7,36.6,37.4,38.1,,
            share:aws,2021Q2,35.5,33.0,33.6,34.6,35.4,36.4,37.3,38.0,,
            share:azure,2020Q4,16.2,15.0,15.3,15.8,16.2,16.6,17.0,17.3,,
            share:azure,2021Q1,16.8,15.3,15.7,16.3,16.8,17.3,17.8,18.2,,
            share:azure,2021Q2,17.3,15.6,16.0,16.7,17.3,17.9,18.5,18.9,,
            share:others,2020Q4,47.8,45.0,45.8,46.9,47.7,48.6,49.5,50.0,,
            share:others,2021Q1,47.4,44.5,45.3,46.5,47.5,48.3,49.2,49.8,,
            share:others,2021Q2,47.2,44.0,44.9,46.2,47.3,48.1,49.0,49.6,,
            income:alibaba-cloud,2020Q4,-20,-150,-110,-60,-15,30,80,110,-5,reported
            income:alibaba-cloud,2021Q1,10,-140,-90,-40,12,60,110,140,37,"reported; definition AC-2021 not comparable with the fitted history"
            income:alibaba-cloud,2021Q2,40,-120,-70,-10,42,90,140,170,60,reported
            margin:alibaba-cloud,2020Q4,-0.9,-6.0,-4.5,-2.5,-0.7,1.3,3.5,4.8,-0.2,reported
            margin:alibaba-cloud,2021Q1,0.4,-5.5,-3.6,-1.6,0.5,2.4,4.4,5.5,1.4,reported
            margin:alibaba-cloud,2021Q2,1.5,-4.5,-2.7,-0.4,1.6,3.4,5.3,6.4,2.1,reported
            """;

    static final String HISTORY = """
            series,quarter,value,status
            aws,2020Q1,10219,reported
            aws,2020Q2,10808,restated
            aws,2020Q3,11601,reported
            azure,2020Q2,4700,estimate
            azure,2020Q3,5050,estimate
            margin:alibaba-cloud,2020Q3,-2.6,reported
            """;

    static final String EVENTS = """
            event,quarter,p_at,p_by
            profitable:alibaba-cloud,2020Q4,0.05,0.05
            profitable:alibaba-cloud,2021Q1,0.10,0.14
            profitable:alibaba-cloud,2021Q2,0.18,0.25
            azure>=aws,2020Q4,0.0,0.0
            azure>=aws,2021Q1,0.01,0.01
            azure>=aws,2021Q2,0.02,0.03
            aws>=20000,2020Q4,0.0,0.0
            aws>=20000,2021Q1,0.0,0.0
            aws>=20000,2021Q2,0.0,0.0
            margin>=10%:alibaba-cloud,2020Q4,0.0,0.0
            margin>=10%:alibaba-cloud,2021Q1,0.0,0.0
            margin>=10%:alibaba-cloud,2021Q2,0.0,0.0
            """;

    static List<QuantileRow> quantiles() {
        return QuantileRow.read(CsvInput.parse("quantiles.csv", QUANTILES));
    }

    static List<HistoryRow> history() {
        return HistoryRow.read(CsvInput.parse("history.csv", HISTORY));
    }

    static List<EventRow> events() {
        return EventRow.read(CsvInput.parse("events.csv", EVENTS));
    }
}
