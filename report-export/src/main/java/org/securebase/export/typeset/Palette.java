package org.securebase.export.typeset;

import java.awt.Color;

/**
 * The restrained colours every export shares: a deep navy for structure, a muted gold for
 * accents, near-black ink for text and a warm grey for secondary text.
 *
 * @since 0.1
 */
public final class Palette {
    /** Headings, borders. */
    public static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    /** Accent rules and small capitals. */
    public static final Color GOLD = new Color(0xA8, 0x85, 0x4A);
    /** Body text. */
    public static final Color INK = new Color(0x22, 0x22, 0x22);
    /** Secondary text. */
    public static final Color GREY = new Color(0x5E, 0x62, 0x68);
    /** Hairlines and fills. */
    public static final Color LIGHT = new Color(0xE6, 0xE1, 0xD6);
    /** Marks for sample output and wrong answers. */
    public static final Color RED = new Color(0xB0, 0x24, 0x2E);
    /** Right answers. */
    public static final Color GREEN = new Color(0x2E, 0x7D, 0x4F);

    private Palette() {
    }
}
