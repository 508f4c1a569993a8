package org.synesthesia.prepare;

import java.util.List;
import org.synesthesia.instrument.Pose;
import org.synesthesia.urmp.UrmpText.PoseFrame;

/** A track's pose per video frame, looked up by the time of the frame a pair's image comes from. */
final class PoseTrack {

    private final double[] times;
    private final Pose[] poses;

    PoseTrack(List<PoseFrame> rows) {
        List<PoseFrame> sorted = rows.stream().sorted((a, b) -> Double.compare(a.time(), b.time())).toList();
        times = sorted.stream().mapToDouble(PoseFrame::time).toArray();
        poses = sorted.stream().map(PoseFrame::pose).toArray(Pose[]::new);
    }

    /** The pose of the row nearest in time to {@code t}, or null if there are no rows. */
    Pose at(double t) {
        if (times.length == 0) return null;
        int i = java.util.Arrays.binarySearch(times, t);
        if (i >= 0) return poses[i];
        int hi = -i - 1;
        if (hi == 0) return poses[0];
        if (hi == times.length) return poses[times.length - 1];
        return t - times[hi - 1] <= times[hi] - t ? poses[hi - 1] : poses[hi];
    }
}
