package org.synesthesia.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.synesthesia.activities.rating.StudyAnswers;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.Json;
import org.synesthesia.metrics.StudyStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code synesthesia study}: the human studies' commands. */
@Command(name = "study", mixinStandardHelpOptions = true, description = "Human studies: their results.",
        subcommands = {StudyCommand.Report.class})
public final class StudyCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    /** {@code synesthesia study report}: accuracy by condition with 95% Wilson intervals, and human-versus-classifier agreement. */
    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Accuracy of a human evaluation by condition, with 95% confidence intervals, and how often people agree with the judging classifier.")
    public static final class Report implements Callable<Integer> {
        @Option(names = "--evaluation", required = true, description = "The human evaluation's id (e.g. paper-s2i/human-panel).")
        String evaluation;

        @Option(names = "--json", description = "Also write the numbers to this JSON file.")
        Path json;

        @Mixin DatabaseOptions db;

        @Override
        public Integer call() throws Exception {
            StudyAnswers answers = StudyAnswers.read(db.open(), evaluation);
            StudyStatistics.Summary summary = StudyStatistics.summarize(answers.answers(), Instrument.count());
            System.out.print(format(answers, summary));
            if (json != null) Json.writeFile(json, summary);
            return 0;
        }

        static String format(StudyAnswers answers, StudyStatistics.Summary s) {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "human evaluation %s: %d answers from %d raters%n",
                    answers.evaluationId(), answers.answers().size(), s.participants()));
            if (answers.unscored() > 0)
                out.append(String.format(Locale.ROOT, "(%d answers have no recorded truth and are left out)%n", answers.unscored()));
            out.append(String.format(Locale.ROOT, "%-22s %7s %7s %8s   %s%n", "condition", "answers", "correct", "accuracy", "95% CI (Wilson)"));
            for (StudyStatistics.ConditionAccuracy c : s.byCondition())
                out.append(String.format(Locale.ROOT, "%-22s %7d %7d %8.3f   [%.3f, %.3f]%n", c.condition(), c.answers(), c.correct(),
                        c.accuracy(), c.interval().lower(), c.interval().upper()));
            if (s.humanVsClassifier().items() == 0) {
                out.append("human vs classifier: no answers on items with a judge prediction\n");
            } else {
                out.append(String.format(Locale.ROOT, "human vs classifier: %d answers, raw agreement %.3f, Cohen's kappa %.3f%n",
                        s.humanVsClassifier().items(), s.humanVsClassifier().raw(), s.humanVsClassifier().kappa()));
            }
            return out.toString();
        }
    }
}
