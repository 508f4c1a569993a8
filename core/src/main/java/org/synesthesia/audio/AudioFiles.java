package org.synesthesia.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.synesthesia.io.BadInputException;

/**
 * Reads audio files into {@link AudioClip}s.
 *
 * <p>RIFF/WAVE is parsed here: PCM 8-bit (unsigned), 16, 24 and 32-bit integer, IEEE float 32 and
 * 64-bit, plain or WAVE_FORMAT_EXTENSIBLE, any channel count and rate, with any extra chunks (LIST,
 * fact, ...) and odd-length chunk padding. Integers are scaled by their container size
 * ({@code 2^(bits-1)}), so 16-bit -32768 reads as exactly -1. Everything else (FLAC, RF64, mp3, ogg,
 * m4a/aac, compressed WAV codecs) is decoded by FFmpeg ({@link FfmpegAudio}).
 *
 * <p>Broken data must never train silently, so a WAV whose data chunk is shorter than its header
 * declares (a truncated file) is rejected, as are a missing or malformed fmt chunk, a missing data
 * chunk and a track with no frames: each raises a {@link BadInputException} naming the file. The one
 * exception is a data size of 0xFFFFFFFF, the "unknown length" that streaming writers (ffmpeg to a
 * pipe) leave: then the data runs to the end of the file.
 */
public final class AudioFiles {

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_FLOAT = 3;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private AudioFiles() {}

    /** Reads every channel of {@code file} at its own rate. */
    public static AudioClip read(Path file) {
        if (!Files.isRegularFile(file)) throw new BadInputException("Audio file " + file + " does not exist or is not a file; check the path.");
        AudioClip clip;
        try {
            clip = isRiffWave(file) ? readWav(file) : FfmpegAudio.read(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("Audio file " + file + " does not exist; check the path.", e);
        } catch (IOException e) {
            throw new BadInputException("Audio file " + file + " could not be read (" + e.getMessage() + "); check that it is readable.", e);
        }
        if (clip.frames() == 0) throw new BadInputException("Audio file " + file + " holds no samples (an empty track); remove it or replace it with a recording.");
        return clip;
    }

    /** Reads {@code file}, mixes it down to mono (mean of channels) and resamples it to {@code targetRate}. */
    public static float[] readMono(Path file, int targetRate) {
        AudioClip clip = read(file);
        return Resampler.resample(clip.mono(), clip.sampleRate(), targetRate);
    }

    private static boolean isRiffWave(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(12);
            while (head.hasRemaining() && ch.read(head) >= 0) { /* fill */ }
            if (head.position() < 12) return false;
            return tag(head, 0).equals("RIFF") && tag(head, 8).equals("WAVE");
        }
    }

    /** The fields of a fmt chunk that decoding needs. */
    private record WavFormat(int encoding, int channels, int sampleRate, int blockAlign, int containerBits) {}

    private static AudioClip readWav(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = 12;
            WavFormat format = null;
            while (pos + 8 <= size) {
                ByteBuffer header = readFully(ch, pos, 8, file);
                String id = tag(header, 0);
                long length = Integer.toUnsignedLong(header.getInt(4));
                long body = pos + 8;
                if (id.equals("fmt ")) {
                    if (length < 16 || body + length > size) {
                        throw new BadInputException("WAV file " + file + " has a truncated or malformed fmt chunk; re-export it as a standard WAV.");
                    }
                    format = parseFormat(readFully(ch, body, (int) Math.min(length, 64), file), file);
                    if (format == null) return FfmpegAudio.read(file); // a codec such as mu-law or ADPCM
                } else if (id.equals("data")) {
                    if (format == null) throw new BadInputException("WAV file " + file + " has its data before any fmt chunk; re-export it as a standard WAV.");
                    if (length == 0xFFFFFFFFL) {
                        length = size - body; // streamed WAV with unknown length
                        length -= length % format.blockAlign();
                    } else if (body + length > size) {
                        throw new BadInputException("WAV file " + file + " is truncated: its header declares " + length
                                + " bytes of samples but only " + (size - body) + " are present; re-copy or re-export the file.");
                    }
                    return decode(ch, body, length, format, file);
                }
                pos = body + length + (length & 1); // chunks are padded to even length
            }
            if (format == null) throw new BadInputException("WAV file " + file + " has no fmt chunk; it is truncated or not a WAV file.");
            throw new BadInputException("WAV file " + file + " has no data chunk; it is truncated or not a WAV file.");
        }
    }

    /** The format of a fmt chunk, or null when its codec is not PCM or float (FFmpeg decodes those). */
    private static WavFormat parseFormat(ByteBuffer fmt, Path file) {
        int tag = fmt.getShort(0) & 0xFFFF;
        int channels = fmt.getShort(2) & 0xFFFF;
        int rate = fmt.getInt(4);
        int blockAlign = fmt.getShort(12) & 0xFFFF;
        int bits = fmt.getShort(14) & 0xFFFF;
        if (tag == FORMAT_EXTENSIBLE) {
            if (fmt.limit() < 26) throw new BadInputException("WAV file " + file + " declares WAVE_FORMAT_EXTENSIBLE but its fmt chunk is too short; re-export it.");
            tag = fmt.getShort(24) & 0xFFFF; // first two bytes of the sub-format GUID
        }
        if (channels <= 0 || rate <= 0 || blockAlign <= 0 || blockAlign % channels != 0) {
            throw new BadInputException("WAV file " + file + " has an invalid fmt chunk (" + channels + " channels, "
                    + rate + " Hz, block align " + blockAlign + "); re-export it as a standard WAV.");
        }
        if (tag != FORMAT_PCM && tag != FORMAT_FLOAT) return null;
        int containerBits = blockAlign / channels * 8;
        boolean pcm = tag == FORMAT_PCM && (containerBits == 8 || containerBits == 16 || containerBits == 24 || containerBits == 32);
        boolean flt = tag == FORMAT_FLOAT && (containerBits == 32 || containerBits == 64);
        if (!pcm && !flt) {
            throw new BadInputException("WAV file " + file + " has an unsupported sample size (" + bits + " bits in "
                    + containerBits + "-bit containers); convert it to 16/24/32-bit PCM or float WAV, or FLAC.");
        }
        return new WavFormat(tag, channels, rate, blockAlign, containerBits);
    }

    private static AudioClip decode(FileChannel ch, long offset, long length, WavFormat f, Path file) throws IOException {
        long frames = length / f.blockAlign();
        if (frames * f.channels() > Integer.MAX_VALUE - 8 || frames > Integer.MAX_VALUE - 8) {
            throw new BadInputException("WAV file " + file + " is too long to load at once (" + frames + " frames); split it into shorter files.");
        }
        int n = (int) frames;
        int channels = f.channels();
        float[][] out = new float[channels][n];
        ByteBuffer data = ch.map(FileChannel.MapMode.READ_ONLY, offset, (long) n * f.blockAlign()).order(ByteOrder.LITTLE_ENDIAN);
        int bytes = f.containerBits() / 8;
        boolean flt = f.encoding() == FORMAT_FLOAT;
        for (int i = 0; i < n; i++) {
            int base = i * f.blockAlign();
            for (int c = 0; c < channels; c++) {
                int at = base + c * bytes;
                out[c][i] = flt ? readFloat(data, at, bytes) : readInt(data, at, bytes);
            }
        }
        return new AudioClip(out, f.sampleRate());
    }

    private static float readFloat(ByteBuffer data, int at, int bytes) {
        return bytes == 4 ? data.getFloat(at) : (float) data.getDouble(at);
    }

    private static float readInt(ByteBuffer data, int at, int bytes) {
        switch (bytes) {
            case 1: return ((data.get(at) & 0xFF) - 128) / 128f;
            case 2: return data.getShort(at) / 32768f;
            case 3: {
                int v = (data.get(at) & 0xFF) | (data.get(at + 1) & 0xFF) << 8 | data.get(at + 2) << 16;
                return v / 8388608f;
            }
            default: return (float) (data.getInt(at) / 2147483648.0);
        }
    }

    private static ByteBuffer readFully(FileChannel ch, long pos, int length, Path file) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0) {
                throw new BadInputException("WAV file " + file + " ends in the middle of a chunk header; it is truncated, re-copy or re-export it.");
            }
        }
        return buf.flip();
    }

    private static String tag(ByteBuffer b, int at) {
        char[] c = new char[4];
        for (int i = 0; i < 4; i++) c[i] = (char) (b.get(at + i) & 0xFF);
        return new String(c);
    }
}
