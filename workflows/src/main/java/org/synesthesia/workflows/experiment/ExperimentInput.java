package org.synesthesia.workflows.experiment;

import java.util.List;
import org.synesthesia.workflows.dataset.DatasetSpec;

/**
 * A whole experiment: the dataset, the encoder sweeps, the GANs, whether to judge their samples by
 * classification, and an optional human evaluation. Omitted parts are skipped; an omitted dataset is
 * the tiny synthesized one.
 */
public record ExperimentInput(String name, DatasetSpec dataset, List<SweepSpec> sweeps, List<GanSpec> gans,
                              Boolean evaluate, HumanSpec human) {
    public ExperimentInput {
        if (name == null) name = "experiment";
        if (dataset == null) dataset = DatasetSpec.synthesized("tiny", 1);
        if (sweeps == null) sweeps = List.of();
        if (gans == null) gans = List.of();
        if (evaluate == null) evaluate = !gans.isEmpty();
    }
}
