package org.synesthesia.video;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameRecorder;

/**
 * Writes an MP4 with H.264 video (OpenH264, the encoder that the LGPL FFmpeg build of JavaCV
 * ships) and the mono sound in AAC, interleaving one video frame with the samples it spans.
 * Frames are {@code TYPE_3BYTE_BGR} images, as {@code PerformanceRenderer} draws them.
 * The encoders run single-threaded, so the same input gives the same bytes.
 */
public final class VideoWriter {

    /** URMP's frame rate, 29.97 fps, as an exact fraction. */
    public static final int FPS_NUM = 30000;
    public static final int FPS_DEN = 1001;

    /** Produces the image of frame {@code k}; the image may be reused between calls. */
    @FunctionalInterface
    public interface FrameSource { BufferedImage frame(int k); }

    private VideoWriter() {}

    /** Number of video frames that cover {@code seconds} of sound at 29.97 fps. */
    public static int frameCount(double seconds) {
        return (int) Math.ceil(seconds * FPS_NUM / FPS_DEN - 1e-9);
    }

    /** Time in seconds of frame {@code k}. */
    public static double frameTime(int k) {
        return (double) k * FPS_DEN / FPS_NUM;
    }

    /**
     * Writes {@code frames} frames of {@code width x height} and the samples of {@code sound}
     * (mono, in [-1, 1]) to {@code file}, which must end in {@code .mp4}.
     */
    public static void write(Path file, int width, int height, int frames, FrameSource source,
                             float[] sound, int sampleRate) throws IOException {
        if (width % 2 != 0 || height % 2 != 0) throw new IllegalArgumentException("H.264 needs an even width and height, got " + width + "x" + height);
        avutil.av_log_set_level(AV_LOG_ERROR);
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 1);
        recorder.setFormat("mp4");
        recorder.setVideoCodecName("libopenh264");
        recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
        recorder.setFrameRate((double) FPS_NUM / FPS_DEN);
        // ~0.1 bit per pixel and frame: the drawn scenes are simple, this keeps edges clean.
        recorder.setVideoBitrate(Math.max(200_000, (int) (0.1 * width * height * FPS_NUM / FPS_DEN)));
        recorder.setGopSize(60);
        recorder.setVideoOption("threads", "1");
        recorder.setAudioCodec(AV_CODEC_ID_AAC);
        recorder.setSampleRate(sampleRate);
        recorder.setAudioChannels(1);
        recorder.setAudioBitrate(128_000);
        recorder.setAudioOption("threads", "1");
        try {
            recorder.start();
            // A direct buffer, reused: JavaCPP would otherwise copy a heap array into fresh native memory per frame.
            ByteBuffer pixels = ByteBuffer.allocateDirect(width * height * 3);
            // Direct too: a wrapped heap array would be copied whole on every call.
            FloatBuffer chunk = ByteBuffer.allocateDirect(4 * (sampleRate / 10 + 1)).order(ByteOrder.nativeOrder()).asFloatBuffer();
            long written = 0;
            for (int k = 0; k < frames; k++) {
                BufferedImage image = source.frame(k);
                if (image.getType() != BufferedImage.TYPE_3BYTE_BGR || image.getWidth() != width || image.getHeight() != height) {
                    throw new IllegalArgumentException("frame " + k + " must be a " + width + "x" + height + " TYPE_3BYTE_BGR image");
                }
                byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                pixels.clear();
                pixels.put(bgr).flip();
                recorder.recordImage(width, height, Frame.DEPTH_UBYTE, 3, width * 3, AV_PIX_FMT_BGR24, pixels);
                // The samples up to the end of this frame, so that the muxer never buffers much.
                long upTo = Math.min(sound.length, Math.round(frameTime(k + 1) * sampleRate));
                if (k == frames - 1) upTo = sound.length;
                while (written < upTo) {
                    int n = (int) Math.min(chunk.capacity(), upTo - written);
                    chunk.clear();
                    chunk.put(sound, (int) written, n).flip();
                    recorder.recordSamples(sampleRate, 1, chunk);
                    written += n;
                }
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            throw new IOException(file + ": could not encode the video (" + e.getMessage() + ")", e);
        } finally {
            recorder.release();
        }
    }
}
