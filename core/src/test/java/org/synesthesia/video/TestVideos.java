package org.synesthesia.video;

import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

/** Writes small real MP4 files (H.264 + AAC, as URMP's) for tests. */
public final class TestVideos {

    private TestVideos() {}

    /**
     * Writes {@code frames} frames made by {@code frame} (RGB), and {@code audio} (mono, may be
     * null) as the sound track.
     */
    public static void write(Path file, int width, int height, double fps, int frames, IntFunction<RgbFrame> frame,
                             float[] audio, int audioRate) throws Exception {
        try (FFmpegFrameRecorder r = new FFmpegFrameRecorder(file.toFile(), width, height, audio == null ? 0 : 1)) {
            r.setFormat("mp4");
            r.setVideoCodec(avcodec.AV_CODEC_ID_H264);
            r.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            r.setFrameRate(fps);
            r.setVideoQuality(18);
            r.setGopSize(12);
            if (audio != null) {
                r.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
                r.setSampleRate(audioRate);
                r.setAudioBitrate(128_000);
            }
            r.start();
            Frame f = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
            for (int k = 0; k < frames; k++) {
                RgbFrame img = frame.apply(k);
                ByteBuffer buf = (ByteBuffer) f.image[0];
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        int s = (y * width + x) * 3;
                        int d = y * f.imageStride + x * 3;
                        buf.put(d, img.rgb()[s + 2]); // the recorder takes BGR
                        buf.put(d + 1, img.rgb()[s + 1]);
                        buf.put(d + 2, img.rgb()[s]);
                    }
                }
                r.record(f, avutil.AV_PIX_FMT_BGR24);
            }
            if (audio != null) r.recordSamples(audioRate, 1, FloatBuffer.wrap(audio));
            r.stop();
        }
    }

    /** A frame of one colour. */
    public static RgbFrame solid(int width, int height, int r, int g, int b) {
        byte[] rgb = new byte[width * height * 3];
        for (int p = 0; p < width * height; p++) {
            rgb[3 * p] = (byte) r;
            rgb[3 * p + 1] = (byte) g;
            rgb[3 * p + 2] = (byte) b;
        }
        return new RgbFrame(width, height, rgb);
    }
}
