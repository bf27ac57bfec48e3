package io.marketcast.cli.chart;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * One colour per vendor, the same in every chart. Result ids are reduced to their vendor first
 * ({@code share:aws}, {@code income:aws} and {@code aws} are all AWS). Colours are Tableau 10 (legible, distinct
 * for the common colour-vision deficiencies); unknown ids get a colour from the spare part of the palette, chosen
 * by the id alone, so a vendor's colour never depends on what else is plotted.
 */
public final class VendorPalette {

    private static final Map<String, Color> FIXED = Map.of(
            "aws", new Color(0xF28E2B),
            "azure", new Color(0x4E79A7),
            "microsoft", new Color(0x76B7B2),
            "google-cloud", new Color(0x59A14F),
            "alibaba-cloud", new Color(0xE15759),
            "ibm", new Color(0xB07AA1),
            "oracle", new Color(0x9C755F),
            "others", new Color(0xBAB0AC));

    private static final List<Color> SPARE = List.of(new Color(0xEDC948), new Color(0xFF9DA7), new Color(0x17BECF),
            new Color(0x8C564B), new Color(0x7F7F7F));

    private VendorPalette() {
    }

    /** The vendor of a result id: the part after the last {@code :}. */
    public static String vendor(String id) {
        int colon = id.lastIndexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    public static Color colour(String id) {
        String v = vendor(id);
        Color c = FIXED.get(v);
        return c != null ? c : SPARE.get(Math.floorMod(v.hashCode(), SPARE.size()));
    }

    /** The fixed colour of a known vendor (AWS, Azure, ...), or null for any other. */
    static Color fixed(String id) {
        return FIXED.get(vendor(id));
    }

    /**
     * The colours for vendors without a fixed one, in the order they are handed out: Tableau 10, then more from
     * Tableau 20.
     */
    static final List<Color> ORDERED = List.of(new Color(0x4E79A7), new Color(0xF28E2B), new Color(0x59A14F),
            new Color(0xE15759), new Color(0x76B7B2), new Color(0xEDC948), new Color(0xB07AA1), new Color(0xFF9DA7),
            new Color(0x9C755F), new Color(0x17BECF), new Color(0x8C564B), new Color(0xA0CBE8), new Color(0xFFBE7D),
            new Color(0x8CD17D), new Color(0xB6992D), new Color(0x499894));

    /** The vendor's colour at the given opacity (0–255), for bands and fills. */
    public static Color colour(String id, int alpha) {
        Color c = colour(id);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A display name for a vendor id. */
    public static String name(String id) {
        return switch (vendor(id)) {
            case "aws" -> "AWS";
            case "azure" -> "Azure (estimate)";
            case "microsoft" -> "Microsoft";
            case "google-cloud" -> "Google Cloud";
            case "alibaba-cloud" -> "Alibaba Cloud";
            case "ibm" -> "IBM";
            case "oracle" -> "Oracle";
            case "others" -> "rest of market";
            default -> vendor(id);
        };
    }
}
