package org.synesthesia.audio;

import java.nio.Buffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.synesthesia.io.BadInputException;

/** Decodes compressed or uncommon audio files (FLAC, mp3, ogg, m4a, RF64...) to float through FFmpeg. */
final class FfmpegAudio {

    static {
        // FFmpeg's info-level chatter would drown our own messages; errors still print.
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private FfmpegAudio() {}

    /** Decodes the first audio stream of {@code file}; a file FFmpeg cannot open is a {@link BadInputException}. */
    static AudioClip read(Path file) {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            // Frame-threaded decoders hold frames back until a flush that JavaCV 1.5.8 never sends at
            // end of file: with two threads a FLAC lost its last two frames (9216 samples).
            grabber.setAudioOption("threads", "1");
            grabber.setSampleMode(FrameGrabber.SampleMode.FLOAT);
            grabber.start();
            int channels = grabber.getAudioChannels();
            int rate = grabber.getSampleRate();
            if (channels <= 0 || rate <= 0) {
                throw new BadInputException("File " + file + " contains no audio stream; pass an audio file (wav, flac, mp3, ogg, m4a).");
            }
            List<float[]> blocks = new ArrayList<>(); // interleaved blocks
            long total = 0;
            Frame frame;
            while ((frame = grabber.grabSamples()) != null) {
                if (frame.samples == null) continue;
                float[] block = interleave(frame.samples, channels);
                blocks.add(block);
                total += block.length;
            }
            if (total / channels > Integer.MAX_VALUE - 8) {
                throw new BadInputException("Audio file " + file + " is too long to load at once; split it into shorter files.");
            }
            int n = (int) (total / channels);
            float[][] out = new float[channels][n];
            int i = 0;
            for (float[] block : blocks) {
                for (int k = 0; k + channels <= block.length && i < n; k += channels, i++) {
                    for (int c = 0; c < channels; c++) out[c][i] = block[k + c];
                }
            }
            return new AudioClip(out, rate);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            if (e instanceof BadInputException bad) throw bad;
            throw new BadInputException("Audio file " + file + " could not be decoded (" + e.getMessage()
                    + "); check that it is a complete wav, flac, mp3, ogg or m4a file.", e);
        }
    }

    /** One frame's samples as an interleaved array, whether FFmpeg handed them planar or packed. */
    private static float[] interleave(Buffer[] samples, int channels) {
        if (samples.length == 1) {
            FloatBuffer b = (FloatBuffer) samples[0];
            float[] out = new float[b.remaining()];
            b.duplicate().get(out);
            return out;
        }
        int n = samples[0].remaining();
        float[] out = new float[n * channels];
        for (int c = 0; c < channels; c++) {
            FloatBuffer b = ((FloatBuffer) samples[c]).duplicate();
            for (int i = 0; i < n; i++) out[i * channels + c] = b.get();
        }
        return out;
    }
}
