package org.synesthesia.video;

import java.awt.image.BufferedImage;

/**
 * A decoded picture: {@code width x height x 3} bytes, RGB, row-major.
 */
public record RgbFrame(int width, int height, byte[] rgb) {

    public RgbFrame {
        if ((long) width * height * 3 != rgb.length) throw new IllegalArgumentException("a " + width + "x" + height + " RGB frame has " + (long) width * height * 3 + " bytes, got " + rgb.length);
    }

    /** Copies any {@link BufferedImage} (e.g. a decoded JPEG) into RGB bytes. */
    public static RgbFrame of(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rgb = new byte[w * h * 3];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                int o = (y * w + x) * 3;
                rgb[o] = (byte) (p >> 16);
                rgb[o + 1] = (byte) (p >> 8);
                rgb[o + 2] = (byte) p;
            }
        }
        return new RgbFrame(w, h, rgb);
    }
}
