package org.synesthesia.pairs;

import java.util.List;
import java.util.Map;
import org.synesthesia.prepare.PrepareConfig;

/**
 * {@code manifest.json} of a pair store: its shape, counts, and the settings that made it.
 *
 * @param formatVersion        {@link #FORMAT_VERSION} of the binary layout ({@link StoreFiles})
 * @param sourceFormat         urmp, sub-urmp, inis or folder
 * @param source               the source folder, absolute
 * @param imageSize            S: images are S x S x 3
 * @param sampleRate           audio sample rate in Hz
 * @param chunkSeconds         length of a sound chunk
 * @param chunkSamples         samples per chunk
 * @param count                number of pairs
 * @param trainCount           pairs in the train split
 * @param testCount            pairs in the test split
 * @param splitSeed            seed of the train/test split by recording
 * @param testFraction         fraction of recordings put in the test split
 * @param instrumentCounts     pairs per instrument, keyed by URMP code
 * @param secondsOfPerformance seconds of sound read, summed over tracks
 * @param skipped              files left out, with reasons
 * @param unmatched            files without a partner, by kind
 * @param config               the full preparation config
 * @param createdBy            program and version that wrote the store
 */
public record PairManifest(int formatVersion, String sourceFormat, String source, int imageSize, int sampleRate,
                           double chunkSeconds, int chunkSamples, int count, int trainCount, int testCount,
                           long splitSeed, double testFraction, Map<String, Integer> instrumentCounts,
                           double secondsOfPerformance, List<SkippedFile> skipped, Map<String, Integer> unmatched,
                           PrepareConfig config, String createdBy) {

    public static final int FORMAT_VERSION = 1;
    public static final String CREATED_BY = "synesthesia 0.1.0";
}
