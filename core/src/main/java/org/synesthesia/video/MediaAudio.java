package org.synesthesia.video;

import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.synesthesia.io.BadInputException;

/**
 * Reads the sound of any file FFmpeg decodes (a video's own track, FLAC, WAV of any sample
 * format), mixed to mono and resampled by FFmpeg to the rate asked for.
 */
public final class MediaAudio {

    private MediaAudio() {}

    /** The whole sound of {@code file} as mono floats in [-1, 1] at {@code sampleRate}. */
    public static float[] readMono(Path file, int sampleRate) {
        if (!Files.isRegularFile(file)) throw new BadInputException(file + ": sound file not found.");
        try (FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile())) {
            g.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            g.setSampleRate(sampleRate);
            g.setAudioChannels(1);
            try {
                g.start(false);
            } catch (FrameGrabber.Exception | RuntimeException e) {
                throw new BadInputException(file + ": cannot be read as sound (" + VideoReader.firstLine(e.getMessage()) + "); replace or remove it.", e);
            }
            if (!g.hasAudio()) throw new BadInputException(file + ": has no sound track; replace or remove it.");
            float[] out = new float[1 << 16];
            int n = 0;
            Frame f;
            while ((f = grabSamples(g, file)) != null) {
                FloatBuffer b = (FloatBuffer) f.samples[0];
                int k = b.remaining();
                if (n + k > out.length) out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, n + k));
                b.get(out, n, k);
                n += k;
            }
            return java.util.Arrays.copyOf(out, n);
        } catch (FrameGrabber.Exception e) {
            throw new BadInputException(file + ": cannot be read as sound (" + VideoReader.firstLine(e.getMessage()) + "); replace or remove it.", e);
        }
    }

    private static Frame grabSamples(FFmpegFrameGrabber g, Path file) {
        try {
            return g.grabSamples();
        } catch (FrameGrabber.Exception | RuntimeException e) {
            throw new BadInputException(file + ": sound is damaged (" + VideoReader.firstLine(e.getMessage()) + "); replace or remove it.", e);
        }
    }
}
