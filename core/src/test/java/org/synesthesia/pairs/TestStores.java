package org.synesthesia.pairs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.synesthesia.prepare.PrepareConfig;

/** Writes a small pair store for tests: all of {@code pairs} as one unit, committed. */
public final class TestStores {
    private TestStores() {}

    public static Path write(Path folder, List<Pair> pairs, int imageSize, int sampleRate, int chunkSamples) throws IOException {
        double chunkSeconds = (double) chunkSamples / sampleRate;
        try (PairStoreWriter w = PairStoreWriter.open(folder, imageSize, chunkSamples, "test")) {
            w.writeUnit(new UnitSummary("all", pairs.size(), pairs.size() * chunkSeconds, List.of(), Map.of()), pairs);
            w.commit(new PairManifest(PairManifest.FORMAT_VERSION, "urmp", "/src", imageSize, sampleRate, chunkSeconds, chunkSamples,
                    (int) w.count(), w.count(Split.TRAIN), w.count(Split.TEST), 1, (double) w.count(Split.TEST) / Math.max(1, w.count()),
                    w.instrumentCounts(), pairs.size() * chunkSeconds, List.of(), Map.of(),
                    PrepareConfig.defaults("urmp").withImageSize(imageSize), PairManifest.CREATED_BY));
        }
        return folder;
    }
}
