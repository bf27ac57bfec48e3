package io.marketcast.forecast.internal;

/**
 * A streaming histogram of doubles with bounded relative error: quantiles of any number of values in memory that
 * depends on their range, not their count.
 *
 * <p>Buckets follow the bit pattern of the double (as HdrHistogram and DDSketch do): the bucket of {@code |v|} is
 * its exponent and its top {@value #MANTISSA_BITS} mantissa bits, so every bucket spans a relative width of at most
 * 2<sup>-{@value #MANTISSA_BITS}</sup>, and a reported quantile — the geometric middle of its bucket — is within a
 * relative 2<sup>-11</sup> ≈ 0.05% of the sample value at that rank. Negative values use mirrored buckets; zero has
 * its own. Memory: one counter per bucket between the smallest and largest magnitude seen (1,024 buckets per
 * factor of two), independent of the number of values.
 *
 * <p>Counts are integers, so merging sketches gives the same result in any order: simulations stay deterministic
 * whatever the thread count. Not thread-safe; NaN and infinities are rejected.
 */
public final class QuantileSketch {

    /** Mantissa bits kept per bucket: relative bucket width 2^-10. */
    public static final int MANTISSA_BITS = 10;
    static final int SHIFT = 52 - MANTISSA_BITS;

    private final Buckets pos = new Buckets();
    private final Buckets neg = new Buckets();
    private long zeros;
    private long count;

    /** Counters for keys {@code offset .. offset + counts.length - 1}. */
    private static final class Buckets {
        long[] counts = new long[0];
        int offset;

        void add(int key, long n) {
            int i = key - offset;
            if (i < 0 || i >= counts.length) {
                cover(key);
                i = key - offset;
            }
            counts[i] += n;
        }

        private void cover(int key) {
            if (counts.length == 0) {
                counts = new long[128];
                offset = key - 64;
                return;
            }
            int lo = Math.min(offset, key);
            int hi = Math.max(offset + counts.length - 1, key);
            int slack = Math.max(128, (hi - lo + 1) / 2);
            int newLo = key < offset ? lo - slack : lo;
            int newHi = key < offset ? hi : hi + slack;
            long[] r = new long[newHi - newLo + 1];
            System.arraycopy(counts, 0, r, offset - newLo, counts.length);
            counts = r;
            offset = newLo;
        }

        void merge(Buckets o) {
            for (int i = 0; i < o.counts.length; i++) {
                if (o.counts[i] != 0) {
                    add(i + o.offset, o.counts[i]);
                }
            }
        }
    }

    private static int key(double magnitude) {
        return (int) (Double.doubleToRawLongBits(magnitude) >>> SHIFT);
    }

    /** Adds one value. */
    public void add(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("cannot add " + v + " to a quantile sketch");
        }
        if (v > 0) {
            pos.add(key(v), 1);
        } else if (v < 0) {
            neg.add(key(-v), 1);
        } else {
            zeros++;
        }
        count++;
    }

    /** Adds every count of {@code other} to this sketch. */
    public void merge(QuantileSketch other) {
        pos.merge(other.pos);
        neg.merge(other.neg);
        zeros += other.zeros;
        count += other.count;
    }

    public long count() {
        return count;
    }

    /**
     * The value at probability {@code p} in [0, 1]: the middle of the first bucket whose cumulative count reaches
     * {@code max(1, ceil(p * count))}.
     *
     * @throws IllegalStateException when the sketch is empty
     */
    public double quantile(double p) {
        if (count == 0) {
            throw new IllegalStateException("quantile of an empty sketch");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in [0, 1], was " + p);
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = 0;
        for (int i = neg.counts.length - 1; i >= 0; i--) {
            seen += neg.counts[i];
            if (seen >= rank) {
                return -middle(i + neg.offset);
            }
        }
        seen += zeros;
        if (seen >= rank) {
            return 0;
        }
        int last = 0;
        for (int i = 0; i < pos.counts.length; i++) {
            if (pos.counts[i] != 0) {
                last = i;
            }
            seen += pos.counts[i];
            if (seen >= rank) {
                return middle(i + pos.offset);
            }
        }
        return middle(last + pos.offset);
    }

    /** Quantiles at several probabilities. */
    public double[] quantiles(double... ps) {
        double[] out = new double[ps.length];
        for (int i = 0; i < ps.length; i++) {
            out[i] = quantile(ps[i]);
        }
        return out;
    }

    /** The number of counters held: the memory bound, independent of {@link #count()}. */
    public int buckets() {
        return pos.counts.length + neg.counts.length;
    }

    private static double middle(int key) {
        double lo = Double.longBitsToDouble((long) key << SHIFT);
        double hi = Double.longBitsToDouble((long) (key + 1) << SHIFT);
        return Math.sqrt(lo * hi);
    }

    @Override
    public String toString() {
        return "QuantileSketch[count=" + count + ", buckets=" + buckets() + "]";
    }
}
