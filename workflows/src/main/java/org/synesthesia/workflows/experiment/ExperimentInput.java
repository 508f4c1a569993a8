package org.synesthesia.workflows.experiment;

import java.util.List;
import java.util.Map;
import org.synesthesia.workflows.dataset.DatasetSpec;

/**
 * A whole experiment: the dataset, the encoder sweeps, the GANs, whether to judge their samples by
 * classification, and an optional human evaluation. Omitted parts are skipped; an omitted dataset is
 * the tiny synthesized one. {@code judges} are settings for the judging networks (e.g. {@code {"epochs": 8}}),
 * trained once per experiment when it evaluates.
 */
public record ExperimentInput(String name, DatasetSpec dataset, List<SweepSpec> sweeps, List<GanSpec> gans,
                              Boolean evaluate, HumanSpec human, Map<String, Object> judges) {
    public ExperimentInput {
        if (name == null) name = "experiment";
        if (dataset == null) dataset = DatasetSpec.synthesized("tiny", 1);
        if (sweeps == null) sweeps = List.of();
        if (gans == null) gans = List.of();
        if (evaluate == null) evaluate = !gans.isEmpty();
        if (judges == null) judges = Map.of();
    }

    /** An experiment whose judges take their defaults. */
    public ExperimentInput(String name, DatasetSpec dataset, List<SweepSpec> sweeps, List<GanSpec> gans, Boolean evaluate, HumanSpec human) {
        this(name, dataset, sweeps, gans, evaluate, human, null);
    }
}
