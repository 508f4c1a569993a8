package org.synesthesia.nn;

import java.nio.FloatBuffer;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Moves float tensors between ND4J and plain Java arrays, for the layers that compute in Java loops. */
final class FloatArrays {

    private FloatArrays() {}

    /** {@code s} if it holds {@code length} values, else a new array that does. */
    static float[] scratch(float[] s, int length) {
        return s != null && s.length >= length ? s : new float[length];
    }

    /** {@code a} itself when its elements lie in C order, else a C-order copy. */
    static INDArray contiguous(INDArray a) {
        return inCOrder(a) ? a : a.dup('c');
    }

    /** Whether {@code a}'s elements lie one after another in C order. */
    static boolean inCOrder(INDArray a) {
        long expected = 1;
        for (int d = a.rank() - 1; d >= 0; d--) {
            if (a.size(d) != 1 && a.stride(d) != expected) return false;
            expected *= a.size(d);
        }
        return true;
    }

    /** The elements of {@code a} in C order, in {@code into} when it is large enough. */
    static float[] read(INDArray a, float[] into) {
        INDArray c = contiguous(a);
        float[] out = scratch(into, (int) c.length());
        FloatBuffer buffer = c.data().asNioFloat();
        buffer.position((int) c.offset());
        buffer.get(out, 0, (int) c.length());
        return out;
    }

    /** Writes the first {@code length} of {@code values} in C order into {@code target}, which must be C-contiguous. */
    static void write(float[] values, int length, INDArray target) {
        if (target.length() != length || values.length < length || !inCOrder(target)) {
            throw new IllegalStateException("cannot write " + length + " values into " + target.shapeInfoToString());
        }
        FloatBuffer buffer = target.data().asNioFloat();
        buffer.position((int) target.offset());
        buffer.put(values, 0, length);
    }
}
