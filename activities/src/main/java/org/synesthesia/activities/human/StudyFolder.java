package org.synesthesia.activities.human;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.PairStore;
import org.synesthesia.study.Study;
import org.synesthesia.study.StudyBuilder;
import org.synesthesia.study.StudyItem;
import org.synesthesia.study.StudySources;
import org.synesthesia.study.StudySpec;
import org.synesthesia.workflows.human.HumanEvaluationInput;
import org.synesthesia.workflows.human.StudyBuilt;
import org.synesthesia.workflows.human.StudyRequest;

/**
 * Where a human evaluation's study lives and how it is made: {@code study-<name>} beside the samples
 * folder, from the samples (or their {@code samples/} subfolder) and the pair store's held-out pairs.
 * A study already built there is returned as it is, so a retried activity changes nothing.
 */
final class StudyFolder {
    private StudyFolder() {}

    static StudyBuilt build(StudyRequest request, Map<String, String> judgeBySample) throws IOException {
        HumanEvaluationInput in = request.input();
        Path samples = Path.of(in.samplesPath()).toAbsolutePath();
        Path folder = samples.resolveSibling("study-" + in.name());
        if (Files.isRegularFile(folder.resolve(Study.FILE))) return new StudyBuilt(folder.toString(), Study.read(folder).questions().size());

        // a GAN's output is its release file: its run folder holds the evaluation's examples
        Path run = Files.isRegularFile(samples) ? samples.getParent() : samples;
        Path generated = Files.isDirectory(run.resolve("samples")) ? run.resolve("samples") : run;
        List<StudyItem> items = new ArrayList<>();
        List<StudyItem> made = Files.isDirectory(run.resolve("eval")) ? StudySources.generatedOfRun(run, in.condition())
                : StudySources.generated(generated, in.condition());
        for (StudyItem i : made) {
            String judge = judgeBySample.get(StudySources.sampleKey(i.file()));
            items.add(judge == null ? i : i.withJudge(Instrument.ofCode(judge).orElse(null)));
        }
        if (in.pairsPath() != null) {
            PairStore store = PairStore.open(Path.of(in.pairsPath()));
            int perInstrument = in.perCondition() == 0 ? Integer.MAX_VALUE : in.perCondition();
            items.addAll(StudySources.heldOut(store, perInstrument, folder.resolveSibling("study-" + in.name() + ".real")));
        }
        if (items.isEmpty()) throw new BadInputException("no items to ask about in " + generated + "; give a samples folder");
        Study study = StudyBuilder.build(items, new StudySpec(in.seed(), in.perCondition(), in.matchesPerCondition()), folder);
        return new StudyBuilt(folder.toString(), study.questions().size());
    }
}
