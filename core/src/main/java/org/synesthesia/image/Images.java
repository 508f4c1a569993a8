package org.synesthesia.image;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.BadInputException;
import org.w3c.dom.Node;

/**
 * Reading, resizing, cropping, normalising and writing RGB images.
 *
 * <p>Every image is read as {@link BufferedImage#TYPE_INT_RGB} whatever its source: grayscale and
 * RGB of 8 or 16 bits per sample are scaled to 8 bits without colour management (PNG samples are
 * display values already), indexed PNG/GIF go through their palette, and transparency is
 * composited onto black (a transparent pixel carries no light, and black is 0 in every encoding).
 * CMYK and YCCK JPEGs are decoded from their raw raster, honouring the Adobe APP14 marker (inverted
 * samples, YCCK transform), and converted with the naive {@code R = (1 - C)(1 - K)} formula, since no
 * ICC profile is applied.
 */
public final class Images {

    private Images() {}

    /** Reads {@code file} (PNG, JPEG, GIF, BMP, or anything ImageIO reads) as TYPE_INT_RGB. */
    public static BufferedImage read(Path file) {
        if (!Files.isRegularFile(file)) throw new BadInputException("Image file " + file + " does not exist or is not a file; check the path.");
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new BadInputException("Image file " + file + " is not an image format we can read; convert it to PNG or JPEG.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, false);
                if (reader.getFormatName().equalsIgnoreCase("jpeg") && CmykJpeg.isFourChannel(reader.getImageMetadata(0))) {
                    return CmykJpeg.toRgb(reader.readRaster(0, null), reader.getImageMetadata(0));
                }
                return toRgb(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IIOException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new BadInputException("Image file " + file + " is damaged or truncated (" + e.getMessage() + "); re-export or replace it.", e);
        } catch (IOException e) {
            throw new BadInputException("Image file " + file + " could not be read (" + e.getMessage() + "); check that it is readable.", e);
        }
    }

    /** {@code image} as TYPE_INT_RGB: the same object if it is one already, else a converted copy (see the class comment). */
    public static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) return image;
        int w = image.getWidth(), h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ColorModel cm = image.getColorModel();
        Raster raster = image.getRaster();
        boolean direct = cm instanceof ComponentColorModel && raster.getNumBands() <= 4 && cm.getNumColorComponents() != 4;
        if (direct) {
            // gray, gray+alpha, RGB, RGBA with 8 or 16 bits: scale samples, skipping colour management
            int colours = cm.getNumColorComponents();
            boolean alpha = cm.hasAlpha();
            double[] max = new double[raster.getNumBands()];
            for (int b = 0; b < max.length; b++) max[b] = (1L << cm.getComponentSize(b)) - 1;
            int[] px = new int[raster.getNumBands()];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    raster.getPixel(x, y, px);
                    double a = alpha ? px[colours] / max[colours] : 1;
                    if (alpha && cm.isAlphaPremultiplied()) a = 1; // already multiplied in
                    int r = scale(px[0], max[0], a);
                    int g = colours == 1 ? r : scale(px[1], max[1], a);
                    int bl = colours == 1 ? r : scale(px[2], max[2], a);
                    out.setRGB(x, y, r << 16 | g << 8 | bl);
                }
            }
        } else {
            // palettes and packed ints: the colour model gives sRGB with alpha
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int argb = image.getRGB(x, y);
                    int a = argb >>> 24;
                    int r = (argb >> 16 & 0xFF) * a / 255, g = (argb >> 8 & 0xFF) * a / 255, b = (argb & 0xFF) * a / 255;
                    out.setRGB(x, y, r << 16 | g << 8 | b);
                }
            }
        }
        return out;
    }

    private static int scale(int sample, double max, double alpha) {
        return (int) Math.round(sample / max * alpha * 255);
    }

    /** The {@code w x h} region at ({@code x}, {@code y}) as a new TYPE_INT_RGB image. */
    public static BufferedImage crop(BufferedImage image, int x, int y, int w, int h) {
        if (x < 0 || y < 0 || w <= 0 || h <= 0 || x + w > image.getWidth() || y + h > image.getHeight()) {
            throw new IllegalArgumentException("crop " + w + "x" + h + " at (" + x + ", " + y + ") does not fit in "
                    + image.getWidth() + "x" + image.getHeight());
        }
        BufferedImage rgb = toRgb(image);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, rgb.getRGB(x, y, w, h, null, 0, w), 0, w);
        return out;
    }

    /** The centred {@code w x h} region (at most the image's size). */
    public static BufferedImage centerCrop(BufferedImage image, int w, int h) {
        return crop(image, (image.getWidth() - w) / 2, (image.getHeight() - h) / 2, w, h);
    }

    /**
     * Resizes to {@code w x h}, each axis by area averaging when shrinking (every source pixel
     * contributes by its overlap, so fine detail averages instead of aliasing) and by linear
     * interpolation between pixel centres when enlarging. Computed in float, rounded once.
     */
    public static BufferedImage resize(BufferedImage image, int w, int h) {
        if (w <= 0 || h <= 0) throw new IllegalArgumentException("target size must be positive, was " + w + "x" + h);
        BufferedImage rgb = toRgb(image);
        int sw = rgb.getWidth(), sh = rgb.getHeight();
        int[] src = rgb.getRGB(0, 0, sw, sh, null, 0, sw);
        float[][] planes = new float[3][sw * sh];
        for (int i = 0; i < src.length; i++) {
            planes[0][i] = src[i] >> 16 & 0xFF;
            planes[1][i] = src[i] >> 8 & 0xFF;
            planes[2][i] = src[i] & 0xFF;
        }
        AxisWeights across = AxisWeights.of(sw, w);
        AxisWeights down = AxisWeights.of(sh, h);
        int[] out = new int[w * h];
        for (int c = 0; c < 3; c++) {
            float[] rows = across.applyRows(planes[c], sw, sh);   // sh x w
            float[] both = down.applyColumns(rows, w, sh);        // h x w
            for (int i = 0; i < out.length; i++) {
                int v = Math.max(0, Math.min(255, Math.round(both[i])));
                out[i] |= v << (16 - 8 * c);
            }
        }
        BufferedImage result = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, w, h, out, 0, w);
        return result;
    }

    /** Scales {@code image} to cover {@code w x h} keeping its aspect ratio, then crops the centre. */
    public static BufferedImage cover(BufferedImage image, int w, int h) {
        double scale = Math.max((double) w / image.getWidth(), (double) h / image.getHeight());
        int sw = Math.max(w, (int) Math.round(image.getWidth() * scale));
        int sh = Math.max(h, (int) Math.round(image.getHeight() * scale));
        return centerCrop(resize(image, sw, sh), w, h);
    }

    /**
     * The image as channel-major floats {@code [3][h][w]} flattened (R plane, G plane, B plane), each
     * 8-bit value {@code v} mapped to {@code v / 127.5 - 1} in [-1, 1].
     */
    public static float[] toChw(BufferedImage image) {
        BufferedImage rgb = toRgb(image);
        int w = rgb.getWidth(), h = rgb.getHeight(), n = w * h;
        int[] px = rgb.getRGB(0, 0, w, h, null, 0, w);
        float[] out = new float[3 * n];
        for (int i = 0; i < n; i++) {
            out[i] = (px[i] >> 16 & 0xFF) / 127.5f - 1;
            out[n + i] = (px[i] >> 8 & 0xFF) / 127.5f - 1;
            out[2 * n + i] = (px[i] & 0xFF) / 127.5f - 1;
        }
        return out;
    }

    /** The inverse of {@link #toChw}: {@code float[3 * h * w]} in [-1, 1] (clipped) to a TYPE_INT_RGB image. */
    public static BufferedImage fromChw(float[] chw, int w, int h) {
        int n = w * h;
        if (chw.length != 3 * n) throw new IllegalArgumentException("expected 3 x " + h + " x " + w + " = " + 3 * n + " values, got " + chw.length);
        int[] px = new int[n];
        for (int i = 0; i < n; i++) px[i] = level(chw[i]) << 16 | level(chw[n + i]) << 8 | level(chw[2 * n + i]);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, px, 0, w);
        return out;
    }

    private static int level(float v) {
        return Math.round((Math.max(-1f, Math.min(1f, v)) + 1) * 127.5f);
    }

    /** Writes {@code image} as a PNG, atomically. */
    public static void writePng(Path file, BufferedImage image) throws IOException {
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) throw new IOException("no PNG writer for an image of type " + image.getType());
        });
    }

    /** Reads the "transform" of a JPEG's Adobe APP14 marker: -1 without one. */
    static int adobeTransform(IIOMetadata metadata) {
        Node app14 = find(metadata.getAsTree("javax_imageio_jpeg_image_1.0"), "app14Adobe");
        if (app14 == null) return -1;
        Node t = app14.getAttributes().getNamedItem("transform");
        return t == null ? 0 : Integer.parseInt(t.getNodeValue());
    }

    static Node find(Node node, String name) {
        if (node.getNodeName().equals(name)) return node;
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node hit = find(c, name);
            if (hit != null) return hit;
        }
        return null;
    }
}
