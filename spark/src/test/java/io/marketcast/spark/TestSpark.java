package io.marketcast.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for the module's tests (starting one takes seconds): two cores, no UI, loopback only. */
final class TestSpark {

    private static SparkSession session;

    private TestSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("marketcast-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "3")
                    // the partitions asked for stay apart (adaptive execution would merge small ones)
                    .config("spark.sql.adaptive.coalescePartitions.enabled", "false")
                    .getOrCreate();
        }
        return session;
    }

    /** The session stays for the next test class; the JVM's end stops it. */
    static void release() {
    }
}
