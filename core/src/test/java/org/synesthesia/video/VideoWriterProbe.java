package org.synesthesia.video;

import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;

/** Decodes an MP4 fully, for tests: what a reader of our videos would find. */
public record VideoWriterProbe(int width, int height, double frameRate, int videoFrames, String videoCodec,
                               String audioCodec, int sampleRate, int audioChannels, long audioSamples, double audioPeak) {

    public double audioSeconds() { return (double) audioSamples / sampleRate; }

    public double videoSeconds() { return videoFrames / frameRate; }

    public static VideoWriterProbe of(Path file) throws Exception {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.setSampleFormat(avutil.AV_SAMPLE_FMT_FLT);
            grabber.start();
            int frames = 0;
            long samples = 0;
            double peak = 0;
            Frame f;
            while ((f = grabber.grab()) != null) {
                if (f.image != null) frames++;
                if (f.samples != null) {
                    FloatBuffer b = (FloatBuffer) f.samples[0];
                    int n = b.remaining() / Math.max(1, f.audioChannels);
                    samples += n;
                    for (int i = b.position(); i < b.limit(); i++) peak = Math.max(peak, Math.abs(b.get(i)));
                }
            }
            VideoWriterProbe probe = new VideoWriterProbe(grabber.getImageWidth(), grabber.getImageHeight(), grabber.getFrameRate(),
                    frames, grabber.getVideoCodecName(), grabber.getAudioCodecName(), grabber.getSampleRate(),
                    grabber.getAudioChannels(), samples, peak);
            grabber.stop();
            return probe;
        }
    }
}
