package io.marketcast.cli.chart;

/**
 * Width and height of a chart in pixels (PNG) or points (SVG).
 *
 * @param width  160–8000
 * @param height 120–8000
 */
public record ChartSize(int width, int height) {

    public static final ChartSize DEFAULT = new ChartSize(1000, 600);

    public ChartSize {
        if (width < 160 || width > 8000) {
            throw new IllegalArgumentException("width must be in 160..8000 pixels, was " + width);
        }
        if (height < 120 || height > 8000) {
            throw new IllegalArgumentException("height must be in 120..8000 pixels, was " + height);
        }
    }

    /** Font scale: 1 at the default width, never below 0.7 so that small charts stay legible. */
    double fontScale() {
        return Math.max(0.7, Math.min(width / 1000.0, height / 600.0));
    }
}
