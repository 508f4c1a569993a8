package org.synesthesia.pairs;

import java.util.List;
import java.util.Map;

/**
 * What one unit of preparation (a URMP piece, a Sub-URMP instrument folder, a video) added to a
 * store; the writer keeps these in its progress file so that a resumed run can report them.
 *
 * @param key       the unit's name, unique in the source
 * @param pairs     pairs written
 * @param seconds   seconds of performance read (summed over tracks)
 * @param skipped   files left out
 * @param unmatched files without a partner, counted by kind (e.g. {@code img}, {@code chunk})
 */
public record UnitSummary(String key, int pairs, double seconds, List<SkippedFile> skipped, Map<String, Integer> unmatched) {
    public UnitSummary {
        skipped = List.copyOf(skipped);
        unmatched = Map.copyOf(unmatched);
    }
}
