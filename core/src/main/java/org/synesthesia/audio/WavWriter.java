package org.synesthesia.audio;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.synesthesia.io.AtomicFiles;

/** Writes mono PCM WAV files (16- or 24-bit) atomically. */
public final class WavWriter {

    private WavWriter() {}

    /** Writes {@code samples} (nominally in [-1, 1], clipped) as a mono WAV of the given bit depth. */
    public static void writeMono(Path file, float[] samples, int sampleRate, int bitsPerSample) throws IOException {
        if (bitsPerSample != 16 && bitsPerSample != 24) throw new IllegalArgumentException("bits per sample must be 16 or 24");
        AtomicFiles.write(file, raw -> {
            OutputStream out = new BufferedOutputStream(raw, 1 << 16);
            int bytes = bitsPerSample / 8;
            long dataLen = (long) samples.length * bytes;
            out.write(new byte[] {'R', 'I', 'F', 'F'});
            le32(out, (int) (36 + dataLen));
            out.write(new byte[] {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '});
            le32(out, 16);
            le16(out, 1);
            le16(out, 1);
            le32(out, sampleRate);
            le32(out, sampleRate * bytes);
            le16(out, bytes);
            le16(out, bitsPerSample);
            out.write(new byte[] {'d', 'a', 't', 'a'});
            le32(out, (int) dataLen);
            double scale = bitsPerSample == 16 ? 32767.0 : 8388607.0;
            for (float s : samples) {
                long v = Math.round(Math.max(-1.0, Math.min(1.0, s)) * scale);
                out.write((int) v);
                out.write((int) (v >> 8));
                if (bytes == 3) out.write((int) (v >> 16));
            }
            out.flush();
        });
    }

    private static void le16(OutputStream out, int v) throws IOException {
        out.write(v);
        out.write(v >> 8);
    }

    private static void le32(OutputStream out, int v) throws IOException {
        le16(out, v);
        le16(out, v >> 16);
    }
}
