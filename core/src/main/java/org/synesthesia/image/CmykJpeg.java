package org.synesthesia.image;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.Node;

/**
 * Four-channel JPEGs (CMYK, or YCCK as Photoshop writes them), decoded from the raw raster since
 * ImageIO's colour conversion does not honour the Adobe marker's inverted samples.
 */
final class CmykJpeg {

    private CmykJpeg() {}

    /** Whether the JPEG's frame header declares four components. */
    static boolean isFourChannel(IIOMetadata metadata) {
        Node sof = Images.find(metadata.getAsTree("javax_imageio_jpeg_image_1.0"), "sof");
        if (sof == null) return false;
        Node n = sof.getAttributes().getNamedItem("numFrameComponents");
        return n != null && Integer.parseInt(n.getNodeValue()) == 4;
    }

    /**
     * RGB from a raw 4-band raster. With an Adobe marker, samples are stored inverted (255 = no ink);
     * transform 2 means the first three are YCbCr of the C, M, Y ink amounts (libjpeg's YCCK).
     */
    static BufferedImage toRgb(Raster raster, IIOMetadata metadata) {
        int transform = Images.adobeTransform(metadata);
        int w = raster.getWidth(), h = raster.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] s = new int[4];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.getPixel(raster.getMinX() + x, raster.getMinY() + y, s);
                double c, m, ye, k;
                if (transform == 2) {
                    double yy = s[0], cb = s[1] - 128, cr = s[2] - 128;
                    c = clamp(yy + 1.402 * cr);
                    m = clamp(yy - 0.344136 * cb - 0.714136 * cr);
                    ye = clamp(yy + 1.772 * cb);
                    k = 255 - s[3];
                } else if (transform >= 0) {
                    c = 255 - s[0];
                    m = 255 - s[1];
                    ye = 255 - s[2];
                    k = 255 - s[3];
                } else {
                    c = s[0];
                    m = s[1];
                    ye = s[2];
                    k = s[3];
                }
                int r = (int) Math.round((255 - c) * (255 - k) / 255);
                int g = (int) Math.round((255 - m) * (255 - k) / 255);
                int b = (int) Math.round((255 - ye) * (255 - k) / 255);
                out.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(255, v));
    }
}
