package org.synesthesia.video;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegLogCallback;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.synesthesia.io.BadInputException;

/**
 * Decodes a video forward and hands out the frame on screen at given, non-decreasing times. It
 * never seeks: pairs are cut at increasing chunk centres, and decoding on is much cheaper than a
 * seek to the previous key frame for every chunk.
 */
public final class VideoReader implements AutoCloseable {

    static {
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final double frameRate;
    private final int width;
    private final int height;
    private long firstTimestamp = Long.MIN_VALUE;
    private int decoded;
    private VideoFrame last;
    private boolean ended;

    private VideoReader(Path file, FFmpegFrameGrabber grabber) {
        this.file = file;
        this.grabber = grabber;
        this.frameRate = grabber.getFrameRate();
        this.width = grabber.getImageWidth();
        this.height = grabber.getImageHeight();
    }

    /** Opens {@code file}; a missing, unreadable or video-less file is a {@link BadInputException}. */
    public static VideoReader open(Path file) {
        if (!Files.isRegularFile(file)) throw new BadInputException(file + ": video not found.");
        FFmpegFrameGrabber g = new FFmpegFrameGrabber(file.toFile());
        g.setPixelFormat(avutil.AV_PIX_FMT_RGB24);
        try {
            g.start(false);
        } catch (FrameGrabber.Exception | RuntimeException e) {
            closeQuietly(g);
            throw new BadInputException(file + ": cannot be read as a video (" + firstLine(e.getMessage()) + "); replace or remove it.", e);
        }
        if (!g.hasVideo() || g.getImageWidth() <= 0 || g.getImageHeight() <= 0 || !(g.getFrameRate() > 0)) {
            closeQuietly(g);
            throw new BadInputException(file + ": has no video stream; replace or remove it.");
        }
        return new VideoReader(file, g);
    }

    public Path file() { return file; }

    public int width() { return width; }

    public int height() { return height; }

    public double frameRate() { return frameRate; }

    /** Duration from the container, seconds; 0 when it does not say. */
    public double durationSeconds() { return Math.max(0, grabber.getLengthInTime() / 1e6); }

    /**
     * The frame on screen at {@code t} seconds: the last frame that starts at or before it (the
     * first frame for earlier times). Empty once the video has ended before {@code t}. Times must
     * not decrease from call to call.
     */
    public java.util.Optional<VideoFrame> frameAt(double t) {
        if (last != null && t < last.time() - 1e-9 && last.index() > 0) {
            throw new IllegalArgumentException("times must not decrease: " + t + " after " + last.time());
        }
        double frameSeconds = 1.0 / frameRate;
        // the last decoded frame is still on screen until the next one would start
        if (last != null && t < last.time() + frameSeconds - 1e-6) return java.util.Optional.of(last);
        while (!ended) {
            Frame f;
            try {
                f = grabber.grabImage();
            } catch (FrameGrabber.Exception | RuntimeException e) {
                throw new BadInputException(file + ": video is damaged near frame " + decoded + " (" + firstLine(e.getMessage()) + "); replace or remove it.", e);
            }
            if (f == null) {
                ended = true;
                break;
            }
            if (firstTimestamp == Long.MIN_VALUE) firstTimestamp = f.timestamp;
            int index = decoded++;
            double time = (f.timestamp - firstTimestamp) / 1e6;
            if (time + frameSeconds - 1e-6 > t) {
                last = new VideoFrame(index, time, copy(f));
                return java.util.Optional.of(last);
            }
        }
        return java.util.Optional.empty();
    }

    /** Frames decoded so far. */
    public int framesDecoded() { return decoded; }

    private RgbFrame copy(Frame f) {
        ByteBuffer buf = (ByteBuffer) f.image[0];
        int w = f.imageWidth;
        int h = f.imageHeight;
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) buf.get(y * f.imageStride, rgb, y * w * 3, w * 3);
        return new RgbFrame(w, h, rgb);
    }

    @Override
    public void close() { closeQuietly(grabber); }

    private static void closeQuietly(FFmpegFrameGrabber g) {
        try {
            g.close();
        } catch (Exception ignored) {
            // closing a grabber that failed to start can fail too; nothing is left to release
        }
    }

    static String firstLine(String s) {
        if (s == null) return "no detail";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Sends FFmpeg's own log to stderr, for debugging a file FFmpeg dislikes. */
    public static void logFfmpeg() { FFmpegLogCallback.set(); }
}
