package org.synesthesia.pairs;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.synesthesia.io.BadInputException;

/**
 * A file of fixed-size records mapped read-only, in segments of whole records so that files over
 * 2 GB work. Reads use absolute positions only, so any number of threads may read at once.
 */
final class MappedRecords {

    private final int recordBytes;
    private final int recordsPerSegment;
    private final MappedByteBuffer[] segments;

    MappedRecords(Path file, int recordBytes, long count) throws IOException {
        this.recordBytes = recordBytes;
        this.recordsPerSegment = Math.max(1, (Integer.MAX_VALUE - 8) / recordBytes);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            long expected = count * recordBytes;
            if (c.size() != expected) {
                throw new BadInputException(file + ": holds " + c.size() + " bytes but the manifest says " + expected
                        + "; the store is damaged, prepare it again.");
            }
            int n = (int) ((count + recordsPerSegment - 1) / recordsPerSegment);
            segments = new MappedByteBuffer[n];
            for (int s = 0; s < n; s++) {
                long first = (long) s * recordsPerSegment;
                long records = Math.min(recordsPerSegment, count - first);
                segments[s] = c.map(FileChannel.MapMode.READ_ONLY, first * recordBytes, records * recordBytes);
                segments[s].order(ByteOrder.LITTLE_ENDIAN);
            }
        }
    }

    /** Copies record {@code i} into {@code dst}. */
    void get(long i, byte[] dst) {
        segment(i).get(offset(i), dst, 0, recordBytes);
    }

    short getShort(long i, int byteOffset) { return segment(i).getShort(offset(i) + byteOffset); }

    float getFloat(long i, int byteOffset) { return segment(i).getFloat(offset(i) + byteOffset); }

    byte getByte(long i, int byteOffset) { return segment(i).get(offset(i) + byteOffset); }

    private MappedByteBuffer segment(long i) { return segments[(int) (i / recordsPerSegment)]; }

    private int offset(long i) { return (int) (i % recordsPerSegment) * recordBytes; }
}
