package org.synesthesia.gan;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.synesthesia.io.AtomicFiles;

/**
 * Writes samples {@code [n, channels, height, width]} in [-1, 1] as one PNG grid of {@code columns}
 * tiles: RGB images as they are, one-channel spectrograms as grey with low frequencies at the bottom.
 */
public final class SampleGrid {

    private SampleGrid() {}

    public static void writePng(INDArray samples, int columns, Path file) throws IOException {
        BufferedImage image = render(samples, columns);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer in this Java runtime");
        });
    }

    static BufferedImage render(INDArray samples, int columns) {
        int n = (int) samples.size(0);
        int ch = (int) samples.size(1);
        int h = (int) samples.size(2);
        int w = (int) samples.size(3);
        int cols = Math.max(1, Math.min(columns, n));
        int rows = (n + cols - 1) / cols;
        BufferedImage out = new BufferedImage(cols * w, rows * h, BufferedImage.TYPE_INT_RGB);
        float[] v = samples.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').data().asFloat();
        for (int k = 0; k < n; k++) {
            int ox = (k % cols) * w;
            int oy = (k / cols) * h;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int[] rgb = new int[3];
                    for (int c = 0; c < 3; c++) {
                        int src = ch == 3 ? c : 0;
                        rgb[c] = byteOf(v[((k * ch + src) * h + y) * w + x]);
                    }
                    // spectrograms: row 0 is the lowest band, drawn at the bottom
                    int py = ch == 1 ? oy + h - 1 - y : oy + y;
                    out.setRGB(ox + x, py, rgb[0] << 16 | rgb[1] << 8 | rgb[2]);
                }
            }
        }
        return out;
    }

    private static int byteOf(float value) {
        return Math.max(0, Math.min(255, Math.round((value + 1) * 127.5f)));
    }
}
