package org.synesthesia.workflows.dataset;

/**
 * The input of DatasetComposition: whose dataset, which of its datasets, and from what.
 *
 * @param name the dataset's name within the experiment: {@value #MAIN} (the default) for the pairs
 *             everything trains on, {@value #POSES} for the drawn-pose pictures its pose judge
 *             trains on. It names the dataset's id ({@code <experiment>/<name>}), its folders and
 *             its recorded steps
 */
public record DatasetRequest(String experimentId, String name, DatasetSpec spec) {
    public static final String MAIN = "dataset";
    public static final String POSES = "poses";

    public DatasetRequest {
        if (name == null) name = MAIN;
        if (spec == null) spec = DatasetSpec.synthesized("tiny", 1);
    }

    public DatasetRequest(String experimentId, DatasetSpec spec) { this(experimentId, MAIN, spec); }

    /**
     * The folder or recorded step of one part of the dataset ({@code source}, {@code pairs}): the
     * part itself for the main dataset, as before datasets were named, {@code <name>-<part>} for another.
     */
    public static String part(String name, String part) { return name.equals(MAIN) ? part : name + "-" + part; }
}
