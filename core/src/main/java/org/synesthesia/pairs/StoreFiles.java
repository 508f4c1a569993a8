package org.synesthesia.pairs;

/**
 * The file names and binary layouts of a pair store folder. All numbers are little-endian.
 * <ul>
 * <li>{@code images.u8}: count x S x S x 3 bytes, RGB, row-major HWC.</li>
 * <li>{@code audio.s16}: count x chunkSamples int16.</li>
 * <li>{@code labels.bin}: count x {@value #LABEL_BYTES} bytes: instrument index (u8), split (u8),
 *     onset-in-chunk flag (u8), has-pose flag (u8), pose float32[4] (NaN when unknown),
 *     pitch Hz float32 (0 when unknown or silent).</li>
 * <li>{@code pairs.csv}: {@value #CSV_HEADER}, one row per pair.</li>
 * <li>{@code manifest.json}: {@link PairManifest}.</li>
 * </ul>
 */
final class StoreFiles {

    static final String MANIFEST = "manifest.json";
    static final String IMAGES = "images.u8";
    static final String AUDIO = "audio.s16";
    static final String LABELS = "labels.bin";
    static final String PAIRS = "pairs.csv";
    /** Only in the partial folder: which units are complete, for resuming. */
    static final String PROGRESS = "progress.json";

    static final int LABEL_BYTES = 24;
    static final int POSE_OFFSET = 4;
    static final int PITCH_OFFSET = 20;
    static final String CSV_HEADER = "index,piece,track,source,time,instrument,split";

    private StoreFiles() {}

    static long imageBytes(int imageSize) { return (long) imageSize * imageSize * 3; }
}
