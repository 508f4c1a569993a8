package org.synesthesia.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds WAV files byte by byte in tests, in formats WavWriter does not write. */
final class TestWavs {

    private TestWavs() {}

    /** Encodes frames {@code samples[c][i]} as PCM ({@code flt == false}) or IEEE float WAV. */
    static byte[] wav(float[][] samples, int rate, int bits, boolean flt, boolean extensible, byte[]... extraChunks) {
        int channels = samples.length;
        int n = samples[0].length;
        int bytes = bits / 8;
        ByteBuffer data = ByteBuffer.allocate(n * channels * bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < channels; c++) {
                double s = samples[c][i];
                if (flt && bits == 32) data.putFloat((float) s);
                else if (flt) data.putDouble(s);
                else if (bits == 8) data.put((byte) (Math.round(s * 128) + 128));
                else if (bits == 16) data.putShort((short) Math.round(s * 32768));
                else if (bits == 24) {
                    int v = (int) Math.round(s * 8388608);
                    data.put((byte) v).put((byte) (v >> 8)).put((byte) (v >> 16));
                } else data.putInt((int) Math.round(s * 2147483648.0));
            }
        }
        int tag = flt ? 3 : 1;
        ByteBuffer fmt = ByteBuffer.allocate(extensible ? 40 : 16).order(ByteOrder.LITTLE_ENDIAN);
        fmt.putShort((short) (extensible ? 0xFFFE : tag)).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * bytes).putShort((short) (channels * bytes)).putShort((short) bits);
        if (extensible) {
            fmt.putShort((short) 22).putShort((short) bits).putInt(channels == 1 ? 4 : 3);
            fmt.putShort((short) tag).put(new byte[] {0, 0, 0, 0, 0x10, 0, (byte) 0x80, 0, 0, (byte) 0xAA, 0, 0x38, (byte) 0x9B, 0x71});
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("WAVE".getBytes());
        body.writeBytes(chunk("fmt ", fmt.array()));
        for (byte[] extra : extraChunks) body.writeBytes(extra);
        body.writeBytes(chunk("data", data.array()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("RIFF".getBytes());
        out.writeBytes(le32(body.size()));
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** A RIFF chunk with its padding byte when the body length is odd. */
    static byte[] chunk(String id, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(id.getBytes());
        out.writeBytes(le32(body.length));
        out.writeBytes(body);
        if (body.length % 2 == 1) out.write(0);
        return out.toByteArray();
    }

    static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    /** A sine of {@code freq} Hz and amplitude {@code amp}, {@code n} samples at {@code rate}. */
    static float[] tone(double freq, double amp, int n, int rate) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) x[i] = (float) (amp * Math.sin(2 * Math.PI * freq * i / rate));
        return x;
    }
}
