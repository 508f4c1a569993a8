package org.synesthesia.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synesthesia.io.BadInputException;

class AudioFilesTest {

    @TempDir Path dir;

    /** Two channels of values exactly representable at every bit depth, ends of the range included. */
    private static float[][] stereoRamp(int bits) {
        int n = 101;
        float[][] s = new float[2][n];
        double step = bits == 8 ? 1.0 / 128 : 1.0 / 32768;
        for (int i = 0; i < n; i++) {
            s[0][i] = (float) ((i - 50) * 2 * step);
            s[1][i] = (float) (-(i - 50) * 3 * step);
        }
        s[0][0] = -1f; // the most negative code of every depth
        return s;
    }

    @ParameterizedTest(name = "{0}-bit float={1} extensible={2} {3} Hz {4} ch")
    @CsvSource({
        "8, false, false, 22050, 1", "16, false, false, 44100, 2", "24, false, false, 48000, 1",
        "32, false, false, 96000, 2", "32, true, false, 44100, 2", "64, true, false, 8000, 1",
        "24, false, true, 48000, 2", "32, true, true, 96000, 1", "16, false, true, 44100, 6"})
    void readsEveryWavFormatBackToTheSameSamples(int bits, boolean flt, boolean extensible, int rate, int channels) throws IOException {
        float[][] ramp = stereoRamp(bits);
        float[][] samples = new float[channels][];
        for (int c = 0; c < channels; c++) samples[c] = ramp[c % 2];
        Path file = dir.resolve("x.wav");
        Files.write(file, TestWavs.wav(samples, rate, bits, flt, extensible));

        AudioClip clip = AudioFiles.read(file);

        assertEquals(rate, clip.sampleRate());
        assertEquals(channels, clip.channels().length);
        for (int c = 0; c < channels; c++) assertArrayEquals(samples[c], clip.channels()[c], 0f, "channel " + c);
    }

    @Test
    void skipsExtraChunksWithOddPadding() throws IOException {
        float[][] samples = {TestWavs.tone(440, 0.5, 300, 48000)};
        for (int i = 0; i < 300; i++) samples[0][i] = Math.round(samples[0][i] * 8388608) / 8388608f;
        byte[] list = TestWavs.chunk("LIST", "INFOISFT\u0005\0\0\0Lavf\0".getBytes()); // odd length 17
        byte[] fact = TestWavs.chunk("fact", TestWavs.le32(300));
        Path file = dir.resolve("chunks.wav");
        Files.write(file, TestWavs.wav(samples, 48000, 24, false, false, list, fact));

        assertArrayEquals(samples[0], AudioFiles.read(file).channels()[0], 0f);
    }

    @Test
    void readsWhatWavWriterWrites() throws IOException {
        float[] x = TestWavs.tone(1000, 0.8, 4800, 48000);
        Path file = dir.resolve("w.wav");
        WavWriter.writeMono(file, x, 48000, 24);
        AudioClip clip = AudioFiles.read(file);
        assertEquals(1, clip.channels().length);
        assertArrayEquals(x, clip.channels()[0], 1.5f / 8388608f);
        assertEquals(0.1, clip.seconds(), 1e-12);
    }

    @Test
    void monoIsTheMeanOfTheChannels() {
        AudioClip clip = new AudioClip(new float[][] {{1f, 0.5f}, {0f, -0.5f}}, 100);
        assertArrayEquals(new float[] {0.5f, 0f}, clip.mono(), 0f);
        assertEquals(2, clip.frames());
    }

    @Test
    void readMonoResamplesToTheTargetRate() throws IOException {
        float[] x = TestWavs.tone(440, 0.5, 48000, 48000);
        Path file = dir.resolve("r.wav");
        Files.write(file, TestWavs.wav(new float[][] {x, x}, 48000, 32, true, false));
        float[] y = AudioFiles.readMono(file, 22050);
        assertEquals(22050, y.length);
        float peak = 0;
        for (int i = 2000; i < 20000; i++) peak = Math.max(peak, Math.abs(y[i]));
        assertEquals(0.5, peak, 0.005);
    }

    @Test
    void truncatedWavIsRejectedNamingTheFile() throws IOException {
        byte[] whole = TestWavs.wav(new float[][] {TestWavs.tone(440, 0.5, 1000, 44100)}, 44100, 16, false, false);
        Path file = dir.resolve("cut.wav");
        Files.write(file, Arrays.copyOf(whole, whole.length - 501));
        BadInputException e = assertThrows(BadInputException.class, () -> AudioFiles.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void headerOnlyWavIsRejectedNamingTheFile() throws IOException {
        byte[] whole = TestWavs.wav(new float[][] {new float[10]}, 44100, 16, false, false);
        Path file = dir.resolve("head.wav");
        Files.write(file, Arrays.copyOf(whole, 30)); // cut inside the fmt chunk
        BadInputException e = assertThrows(BadInputException.class, () -> AudioFiles.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void emptyTrackIsRejectedNamingTheFile() throws IOException {
        Path file = dir.resolve("empty.wav");
        WavWriter.writeMono(file, new float[0], 48000, 24);
        BadInputException e = assertThrows(BadInputException.class, () -> AudioFiles.read(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void garbageAndMissingFilesAreRejectedNamingTheFile() throws IOException {
        Path garbage = dir.resolve("garbage.wav");
        byte[] noise = new byte[4096];
        new java.util.Random(1).nextBytes(noise);
        Files.write(garbage, noise);
        BadInputException e = assertThrows(BadInputException.class, () -> AudioFiles.read(garbage));
        assertTrue(e.getMessage().contains(garbage.toString()), e.getMessage());

        Path zero = dir.resolve("zero.wav");
        Files.write(zero, new byte[0]);
        e = assertThrows(BadInputException.class, () -> AudioFiles.read(zero));
        assertTrue(e.getMessage().contains(zero.toString()), e.getMessage());

        Path missing = dir.resolve("missing.wav");
        e = assertThrows(BadInputException.class, () -> AudioFiles.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void readsFlacMadeByTheFfmpegBinary() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ffmpeg")), "no ffmpeg binary to make a FLAC with");
        float[] x = TestWavs.tone(440, 0.5, 4410, 44100);
        float[] y = TestWavs.tone(660, 0.25, 4410, 44100);
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.round(x[i] * 32768) / 32768f;
            y[i] = Math.round(y[i] * 32768) / 32768f;
        }
        Path wav = dir.resolve("src.wav");
        Path flac = dir.resolve("src.flac");
        Files.write(wav, TestWavs.wav(new float[][] {x, y}, 44100, 16, false, false));
        Process p = new ProcessBuilder("/usr/bin/ffmpeg", "-v", "error", "-y", "-i", wav.toString(), flac.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, new String(p.getInputStream().readAllBytes()));

        AudioClip clip = AudioFiles.read(flac);

        assertEquals(44100, clip.sampleRate());
        assertEquals(2, clip.channels().length);
        assertArrayEquals(x, clip.channels()[0], 1e-6f); // FLAC is lossless
        assertArrayEquals(y, clip.channels()[1], 1e-6f);
    }
}
