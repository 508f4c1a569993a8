package org.synesthesia.prepare;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.instrument.Pose;
import org.synesthesia.urmp.Note;
import org.synesthesia.urmp.Piece;
import org.synesthesia.urmp.UrmpText;
import org.synesthesia.video.RgbFrame;
import org.synesthesia.video.TestVideos;

/**
 * Builds tiny datasets in the exact layouts prepare reads, with content that encodes time so that
 * tests can check that image, sound and pose of a pair agree: in video frame k, every player's
 * region has green = 50 x track and a patch at its centre whose red and blue number the frame
 * (k mod 16 and k / 16, in steps of 16, so that compression cannot blur one number into the next);
 * the pose in frame k has bow = k / 100;
 * track t plays a tone of {@link #hz(int, int)} during each sounding chunk.
 */
public final class SourceFixtures {

    public static final int URMP_WIDTH = 1920;
    public static final int URMP_HEIGHT = 1080;
    public static final double URMP_FPS = 30000.0 / 1001;

    private SourceFixtures() {}

    /** The tone of track {@code t} in chunk {@code k}. */
    public static double hz(int track, int chunk) { return 200.0 * track + 100.0 * chunk; }

    /** Side of the square patch at each player's centre that numbers the frame. */
    static final int PATCH = 240;

    /** Frame number read from the patch at the centre of a pair's S x S image. */
    public static int frameOf(byte[] hwc) {
        int side = (int) Math.round(Math.sqrt(hwc.length / 3.0));
        int o = (side / 2 * side + side / 2) * 3;
        return (hwc[o] & 0xff) / 16 + 16 * ((hwc[o + 2] & 0xff) / 16);
    }

    /**
     * Writes one URMP piece folder: 1920x1080 29.97 fps H.264 video of {@code seconds}, and per
     * track a 48 kHz 24-bit mono AuSep wav that sounds in the chunks (of 0.5 s) {@code sounding}
     * lists, a Notes file for those chunks (when {@code notes}) and a Pose file.
     */
    public static Piece urmpPiece(Path root, Piece piece, double seconds, int[][] sounding, boolean notes) throws Exception {
        Path dir = Files.createDirectories(piece.folder(root));
        int frames = (int) Math.floor(seconds * URMP_FPS);
        TestVideos.write(dir.resolve(piece.videoName()), URMP_WIDTH, URMP_HEIGHT, URMP_FPS, frames,
                k -> urmpFrame(piece.tracks(), k), null, 0);
        for (int t = 1; t <= piece.tracks(); t++) {
            float[] x = new float[(int) (seconds * 48000)];
            List<Note> list = new ArrayList<>();
            for (int k : sounding[t - 1]) {
                double f = hz(t, k);
                for (int i = k * 24000; i < (k + 1) * 24000 && i < x.length; i++) x[i] = 0.5f * (float) Math.sin(2 * Math.PI * f * i / 48000);
                list.add(new Note(k * 0.5, f, 0.5));
            }
            org.synesthesia.audio.WavWriter.writeMono(dir.resolve(piece.separatedName(t)), x, 48000, 24);
            if (notes) UrmpText.writeNotes(dir.resolve(piece.notesName(t)), list);
            List<UrmpText.PoseFrame> poses = new ArrayList<>();
            for (int k = 0; k < frames; k++) poses.add(new UrmpText.PoseFrame(k, k / URMP_FPS, new Pose(k / 100.0, 0.5, 0.5, 1)));
            UrmpText.writePoses(dir.resolve(piece.poseName(t)), poses);
        }
        return piece;
    }

    static RgbFrame urmpFrame(int tracks, int k) {
        byte[] rgb = new byte[URMP_WIDTH * URMP_HEIGHT * 3];
        for (int x = 0; x < URMP_WIDTH; x++) {
            int track = 1 + x * tracks / URMP_WIDTH;
            int centre = (2 * track - 1) * URMP_WIDTH / (2 * tracks);
            boolean inPatch = Math.abs(x - centre) < PATCH / 2;
            for (int y = 0; y < URMP_HEIGHT; y++) {
                int o = (y * URMP_WIDTH + x) * 3;
                boolean patch = inPatch && Math.abs(y - URMP_HEIGHT / 2) < PATCH / 2;
                rgb[o] = (byte) (patch ? 16 * (k % 16) + 8 : 0);
                rgb[o + 1] = (byte) (50 * track);
                rgb[o + 2] = (byte) (patch ? 16 * (k / 16) + 8 : 128);
            }
        }
        return new RgbFrame(URMP_WIDTH, URMP_HEIGHT, rgb);
    }

    /** Writes a 1920x1080 JPEG of one colour. */
    public static void jpeg(Path file, int r, int g, int b) throws Exception {
        BufferedImage img = new BufferedImage(URMP_WIDTH, URMP_HEIGHT, BufferedImage.TYPE_INT_RGB);
        var gr = img.createGraphics();
        gr.setColor(new java.awt.Color(r, g, b));
        gr.fillRect(0, 0, URMP_WIDTH, URMP_HEIGHT);
        gr.dispose();
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "jpg", file.toFile());
    }

    /**
     * Writes a PCM WAV from raw bytes: {@code bits} 8 (unsigned), 16, 24 or 32 (float when
     * {@code floating}), {@code channels} interleaved copies of {@code mono}.
     */
    public static void wav(Path file, float[] mono, int rate, int bits, boolean floating, int channels) throws Exception {
        int bytes = bits / 8;
        ByteBuffer b = ByteBuffer.allocate(44 + mono.length * channels * bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + mono.length * channels * bytes).put("WAVEfmt ".getBytes()).putInt(16)
                .putShort((short) (floating ? 3 : 1)).putShort((short) channels).putInt(rate).putInt(rate * channels * bytes)
                .putShort((short) (channels * bytes)).putShort((short) bits).put("data".getBytes()).putInt(mono.length * channels * bytes);
        for (float v : mono) {
            for (int c = 0; c < channels; c++) {
                if (floating) b.putFloat(v);
                else if (bits == 8) b.put((byte) (128 + Math.round(v * 127)));
                else if (bits == 16) b.putShort((short) Math.round(v * 32767));
                else {
                    int s = Math.round(v * 8388607);
                    b.put((byte) s).put((byte) (s >> 8)).put((byte) (s >> 16));
                }
            }
        }
        Files.createDirectories(file.getParent());
        Files.write(file, b.array());
    }

    /** A tone of {@code seconds} at {@code hz}. */
    public static float[] tone(double hz, double seconds, int rate) {
        float[] x = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < x.length; i++) x[i] = 0.5f * (float) Math.sin(2 * Math.PI * hz * i / rate);
        return x;
    }

    /** The frequency of a clean tone, from its zero crossings. */
    public static double toneHz(float[] x, int rate) {
        int crossings = 0;
        for (int i = 1; i < x.length; i++) if ((x[i - 1] < 0) != (x[i] < 0)) crossings++;
        return crossings / 2.0 / (x.length / (double) rate);
    }

    static Piece piece(int number, String title, Instrument... instruments) { return new Piece(number, title, List.of(instruments)); }
}
