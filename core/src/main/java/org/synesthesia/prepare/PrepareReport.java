package org.synesthesia.prepare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.synesthesia.pairs.SkippedFile;

/**
 * What a preparation made.
 *
 * @param store                the finished pair store
 * @param pairs                pairs in it
 * @param train                pairs in the train split
 * @param test                 pairs in the test split
 * @param secondsOfPerformance seconds of recordings read (a piece counts once, however many tracks)
 * @param wallSeconds          time this run took (a resumed run counts only its own time)
 * @param skipped              files left out, with reasons
 * @param unmatched            files without a partner, by kind
 */
public record PrepareReport(Path store, int pairs, int train, int test, double secondsOfPerformance, double wallSeconds,
                            List<SkippedFile> skipped, Map<String, Integer> unmatched) {

    /** Seconds of performance prepared per second of wall time. */
    public double throughput() { return wallSeconds > 0 ? secondsOfPerformance / wallSeconds : 0; }
}
