package org.synesthesia.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.synesthesia.workflows.experiment.ExperimentResult;
import org.synesthesia.workflows.sweep.SweepResult;
import org.synesthesia.workflows.trial.TrialResult;

/** Prints an experiment's result for people: one line per stage. */
final class ExperimentReport {
    private ExperimentReport() {}

    static void print(ExperimentResult r, PrintStream out) {
        out.println("experiment " + r.experimentId() + ": " + r.status() + (r.failure() == null ? "" : " -- " + r.failure()));
        if (r.dataset() != null)
            out.printf(Locale.ROOT, "  dataset %s: %d pairs (%d train, %d test) at %s%n", r.dataset().datasetId(),
                    r.dataset().pairs(), r.dataset().train(), r.dataset().test(), r.dataset().pairsPath());
        for (SweepResult s : r.sweeps())
            out.printf(Locale.ROOT, "  sweep %s: %d trials, best %s (%s = %s)%n", s.sweepId(), s.trials().size(),
                    s.bestTrialId(), s.criterion(), s.bestValue());
        for (TrialResult t : r.gans()) trial(out, "gan", t);
        for (TrialResult t : r.evaluations()) trial(out, "evaluation", t);
        if (r.human() != null)
            out.printf(Locale.ROOT, "  human evaluation %s: %d ratings%s%n", r.human().evaluationId(), r.human().ratings(),
                    r.human().complete() ? "" : " (incomplete)");
    }

    private static void trial(PrintStream out, String what, TrialResult t) {
        out.printf(Locale.ROOT, "  %s %s: %s %s%n", what, t.trialId(), t.status(), t.succeeded() ? t.metrics() : t.failure());
    }
}
