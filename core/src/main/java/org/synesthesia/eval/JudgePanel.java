package org.synesthesia.eval;

import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.synesthesia.io.BadInputException;
import org.synesthesia.nn.Classifier;
import org.synesthesia.nn.FeatureSpec;

/**
 * One or more judges of one modality, read as one: the instrument probabilities are the mean of
 * theirs, and the embedding (for the Frechet distance, KID and retrieval) is the first one's.
 *
 * <p>Why: two image judges of the same recipe and data, differing only in their seed (0.979 and
 * 0.988 on the real test pictures), put the same two S2I releases at 0.84 and 0.91 of real, and
 * at 0.89 and 0.82: on generated pictures, which sit near the boundaries judges draw differently,
 * one judge's verdict depends on its seed more than the generator's does (BENCHMARKS.md,
 * seventeenth session). A panel averages that out.
 */
public final class JudgePanel {

    private final List<Classifier> members;
    private final List<Path> runs;

    JudgePanel(List<Classifier> members, List<Path> runs) {
        if (members.isEmpty()) throw new IllegalArgumentException("a panel needs a judge");
        for (int i = 1; i < members.size(); i++) {
            if (!members.get(i).features().equals(members.get(0).features())) {
                throw new BadInputException(runs.get(i) + " reads other features than " + runs.get(0) + ": the judges of a panel must read the same inputs");
            }
        }
        this.members = List.copyOf(members);
        this.runs = List.copyOf(runs);
    }

    /** What every member reads. */
    public FeatureSpec features() { return members.get(0).features(); }

    /** The first member: its embedding is the panel's. */
    public Classifier first() { return members.get(0); }

    public int size() { return members.size(); }

    /** The first member's embedding of {@code inputs}. */
    public INDArray embed(INDArray inputs) { return first().embed(inputs); }

    /** The mean of the members' instrument probabilities, {@code [rows, instruments]}. */
    public INDArray probabilities(INDArray inputs) {
        INDArray sum = members.get(0).probabilities(inputs).dup();
        for (int i = 1; i < members.size(); i++) sum.addi(members.get(i).probabilities(inputs));
        return sum.divi(members.size());
    }

    /** The members' run folders, comma-separated. */
    @Override
    public String toString() { return String.join(", ", runs.stream().map(Path::toString).toList()); }
}
