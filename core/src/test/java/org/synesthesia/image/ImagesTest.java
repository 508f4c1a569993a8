package org.synesthesia.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.io.BadInputException;

class ImagesTest {

    @TempDir Path dir;

    private static int[] rgb(BufferedImage img, int x, int y) {
        int p = img.getRGB(x, y);
        return new int[] {p >> 16 & 0xFF, p >> 8 & 0xFF, p & 0xFF};
    }

    private Path png(String name, BufferedImage img) throws IOException {
        Path file = dir.resolve(name);
        assertTrue(ImageIO.write(img, "png", file.toFile()));
        return file;
    }

    @Test
    void readsEightAndSixteenBitGrayWithoutShiftingLevels() throws IOException {
        BufferedImage gray8 = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
        gray8.getRaster().setSample(1, 1, 0, 100);
        BufferedImage read8 = Images.read(png("g8.png", gray8));
        assertEquals(BufferedImage.TYPE_INT_RGB, read8.getType());
        assertArrayEquals(new int[] {100, 100, 100}, rgb(read8, 1, 1));
        assertArrayEquals(new int[] {0, 0, 0}, rgb(read8, 0, 0));

        BufferedImage gray16 = new BufferedImage(4, 3, BufferedImage.TYPE_USHORT_GRAY);
        gray16.getRaster().setSample(2, 1, 0, 0x8080);
        assertArrayEquals(new int[] {128, 128, 128}, rgb(Images.read(png("g16.png", gray16)), 2, 1));
    }

    @Test
    void readsSixteenBitRgbPng() throws IOException {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), new int[] {16, 16, 16},
                false, false, Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = cm.createCompatibleWritableRaster(5, 4);
        raster.setPixel(3, 2, new int[] {0xFFFF, 0x8080, 0x3333});
        BufferedImage img = new BufferedImage(cm, raster, false, null);
        assertArrayEquals(new int[] {255, 128, 51}, rgb(Images.read(png("rgb16.png", img)), 3, 2));
    }

    @Test
    void compositesRgbaOntoBlack() throws IOException {
        BufferedImage rgba = new BufferedImage(3, 3, BufferedImage.TYPE_INT_ARGB);
        rgba.setRGB(0, 0, 0x80C86432); // (200, 100, 50) at alpha 128
        rgba.setRGB(1, 0, 0x00FFFFFF); // fully transparent white
        rgba.setRGB(2, 0, 0xFF0A141E); // opaque
        BufferedImage read = Images.read(png("rgba.png", rgba));
        assertArrayEquals(new int[] {100, 50, 25}, rgb(read, 0, 0));
        assertArrayEquals(new int[] {0, 0, 0}, rgb(read, 1, 0));
        assertArrayEquals(new int[] {10, 20, 30}, rgb(read, 2, 0));
    }

    @Test
    void readsIndexedPngAndGifThroughThePalette() throws IOException {
        byte[] r = {0, (byte) 255, 10}, g = {0, (byte) 128, 20}, b = {0, 0, 30};
        IndexColorModel palette = new IndexColorModel(8, 3, r, g, b, 0); // index 0 transparent
        // 16 x 16: the JDK's GIF writer loses the pixels of a 4 x 4 image (reads back as all index 0)
        BufferedImage indexed = new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_INDEXED, palette);
        indexed.getRaster().setSample(1, 1, 0, 1);
        indexed.getRaster().setSample(2, 1, 0, 2);
        for (String format : new String[] {"png", "gif"}) {
            Path file = dir.resolve("indexed." + format);
            assertTrue(ImageIO.write(indexed, format, file.toFile()), format);
            BufferedImage read = Images.read(file);
            assertArrayEquals(new int[] {255, 128, 0}, rgb(read, 1, 1), format);
            assertArrayEquals(new int[] {10, 20, 30}, rgb(read, 2, 1), format);
            assertArrayEquals(new int[] {0, 0, 0}, rgb(read, 0, 0), format);
        }
    }

    /** A 4-component JPEG of one flat colour, with an Adobe APP14 marker spliced in when transform >= 0. */
    private Path fourChannelJpeg(String name, int[] samples, int transform) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 16, 16, 4, null);
        for (int y = 0; y < 16; y++) for (int x = 0; x < 16; x++) raster.setPixel(x, y, samples);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(1f);
            writer.write(null, new IIOImage(raster, null, null), param); // a raster is stored with no colour transform
        }
        byte[] jpeg = bytes.toByteArray();
        if (transform >= 0) {
            byte[] app14 = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
            byte[] spliced = new byte[jpeg.length + app14.length];
            System.arraycopy(jpeg, 0, spliced, 0, 2); // after SOI
            System.arraycopy(app14, 0, spliced, 2, app14.length);
            System.arraycopy(jpeg, 2, spliced, 2 + app14.length, jpeg.length - 2);
            jpeg = spliced;
        }
        Path file = dir.resolve(name);
        Files.write(file, jpeg);
        return file;
    }

    @Test
    void readsCmykAndYcckJpegs() throws IOException {
        // ink C 20 %, M 60 %, Y 80 %, K 10 % -> R = 0.8 * 0.9, G = 0.4 * 0.9, B = 0.2 * 0.9
        int c = 51, m = 153, y = 204, k = 26;
        int[] expected = {
            (int) Math.round((255 - c) * (255 - k) / 255.0), (int) Math.round((255 - m) * (255 - k) / 255.0),
            (int) Math.round((255 - y) * (255 - k) / 255.0)};
        Path plain = fourChannelJpeg("plain.jpg", new int[] {c, m, y, k}, -1);
        Path adobe = fourChannelJpeg("adobe.jpg", new int[] {255 - c, 255 - m, 255 - y, 255 - k}, 0); // Photoshop stores inverted
        // YCCK: the JFIF forward transform of the ink amounts (C, M, Y) as if they were R, G, B; K inverted
        int luma = (int) Math.round(0.299 * c + 0.587 * m + 0.114 * y);
        int cb = (int) Math.round(128 - 0.168736 * c - 0.331264 * m + 0.5 * y);
        int cr = (int) Math.round(128 + 0.5 * c - 0.418688 * m - 0.081312 * y);
        Path ycck = fourChannelJpeg("ycck.jpg", new int[] {luma, cb, cr, 255 - k}, 2);
        for (Path file : new Path[] {plain, adobe, ycck}) {
            int[] got = rgb(Images.read(file), 8, 8);
            for (int i = 0; i < 3; i++) assertEquals(expected[i], got[i], 3, file.getFileName() + " " + Arrays.toString(got));
        }
    }

    @Test
    void unreadableImagesAreRejectedNamingTheFile() throws IOException {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 64; i++) img.setRGB(i, i, 0xFFFFFF * (i % 2));
        Path whole = png("whole.png", img);
        Path cut = dir.resolve("cut.png");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        Path garbage = dir.resolve("garbage.jpg");
        byte[] noise = new byte[2000];
        new Random(1).nextBytes(noise);
        Files.write(garbage, noise);
        Path empty = dir.resolve("empty.png");
        Files.write(empty, new byte[0]);
        for (Path bad : new Path[] {cut, garbage, empty, dir.resolve("missing.png")}) {
            BadInputException e = assertThrows(BadInputException.class, () -> Images.read(bad), bad.toString());
            assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
        }
    }

    @Test
    void downscalingAveragesAreasInsteadOfPickingPixels() {
        BufferedImage checker = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 48; y++) for (int x = 0; x < 64; x++) checker.setRGB(x, y, (x + y) % 2 == 0 ? 0xFFFFFF : 0);
        BufferedImage half = Images.resize(checker, 32, 24);
        BufferedImage odd = Images.resize(checker, 21, 13); // a non-integer ratio
        for (BufferedImage small : new BufferedImage[] {half, odd}) {
            for (int y = 0; y < small.getHeight(); y++) {
                for (int x = 0; x < small.getWidth(); x++) assertEquals(128, rgb(small, x, y)[1], 12, "at " + x + "," + y);
            }
        }
        assertArrayEquals(new int[] {128, 128, 128}, rgb(half, 5, 7)); // exactly 127.5, rounded
    }

    @Test
    void upscalingInterpolatesBetweenPixelCentres() {
        BufferedImage two = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        two.setRGB(0, 0, 0x000000);
        two.setRGB(1, 0, 0xC8C8C8);
        BufferedImage four = Images.resize(two, 4, 2);
        int[] row = new int[4];
        for (int x = 0; x < 4; x++) row[x] = rgb(four, x, 1)[0];
        assertArrayEquals(new int[] {0, 50, 150, 200}, row); // centres at -0.25, 0.25, 0.75, 1.25 source pixels
    }

    @Test
    void cropsCoverAndChwRoundTrip() {
        BufferedImage img = new BufferedImage(10, 6, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(5);
        for (int y = 0; y < 6; y++) for (int x = 0; x < 10; x++) img.setRGB(x, y, random.nextInt(0x1000000));
        BufferedImage crop = Images.centerCrop(img, 4, 2);
        assertEquals(img.getRGB(3, 2), crop.getRGB(0, 0));
        assertEquals(img.getRGB(6, 3), crop.getRGB(3, 1));
        BufferedImage square = Images.cover(img, 5, 5);
        assertEquals(5, square.getWidth());
        assertEquals(5, square.getHeight());

        float[] chw = Images.toChw(img);
        assertEquals(3 * 6 * 10, chw.length);
        int p = img.getRGB(7, 4);
        assertEquals((p >> 8 & 0xFF) / 127.5f - 1, chw[60 + 4 * 10 + 7], 1e-6); // G plane, row 4, column 7
        BufferedImage back = Images.fromChw(chw, 10, 6);
        for (int y = 0; y < 6; y++) for (int x = 0; x < 10; x++) assertEquals(img.getRGB(x, y), back.getRGB(x, y));
        float[] extremes = {-1.5f, -1f, 1f, 2f, 0f, 0f};
        BufferedImage clipped = Images.fromChw(extremes, 2, 1);
        assertArrayEquals(new int[] {0, 255, 128}, rgb(clipped, 0, 0));
        assertArrayEquals(new int[] {0, 255, 128}, rgb(clipped, 1, 0));
    }

    @Test
    void pngWriteReadRoundTripIsExact() throws IOException {
        BufferedImage img = new BufferedImage(33, 17, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(9);
        for (int y = 0; y < 17; y++) for (int x = 0; x < 33; x++) img.setRGB(x, y, random.nextInt(0x1000000));
        Path file = dir.resolve("sub/out.png");
        Images.writePng(file, img);
        BufferedImage back = Images.read(file);
        for (int y = 0; y < 17; y++) for (int x = 0; x < 33; x++) assertEquals(img.getRGB(x, y) & 0xFFFFFF, back.getRGB(x, y) & 0xFFFFFF);
        try (var files = Files.list(file.getParent())) {
            assertEquals(1, files.count()); // no temp file left behind
        }
    }
}
