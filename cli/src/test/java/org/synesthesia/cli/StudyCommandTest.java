package org.synesthesia.cli;

import static org.junit.jupiter.api.Assertions.*;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.activities.human.HumanEvaluationActivitiesImpl;
import org.synesthesia.activities.records.Database;
import org.synesthesia.activities.records.RecordActivitiesImpl;
import org.synesthesia.metrics.Interval;
import org.synesthesia.metrics.StudyStatistics;
import org.synesthesia.study.Question;
import org.synesthesia.study.QuestionKind;
import org.synesthesia.study.Study;
import org.synesthesia.study.StudyFixtures;
import org.synesthesia.study.StudySources;
import org.synesthesia.workflows.human.HumanEvaluationInput;
import org.synesthesia.workflows.human.HumanEvaluationOpening;
import org.synesthesia.workflows.human.Rating;
import org.synesthesia.workflows.human.RatingSubmission;
import org.synesthesia.workflows.human.StudyBuilt;
import org.synesthesia.workflows.human.StudyRequest;
import org.synesthesia.workflows.records.ExperimentOpening;

/** {@code study report} over answers recorded in a real PostgreSQL for a real built study. */
class StudyCommandTest {
    @TempDir Path dir;

    @Test
    void reportsAccuracyByConditionAndKindWithIntervalsAndAgreementWithTheJudge() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Database db = Database.at(url, "postgres", "postgres").migrate();
            new RecordActivitiesImpl(db, "test").openExperiment(new ExperimentOpening("x", "x", null));
            HumanEvaluationActivitiesImpl human = new HumanEvaluationActivitiesImpl(db);
            var real = StudySources.heldOut(StudyFixtures.store(dir.resolve("pairs")), 2, dir.resolve("scratch"));
            Path samples = Files.createDirectories(dir.resolve("gan").resolve("samples"));
            StudyFixtures.generated(real, samples);
            HumanEvaluationInput in = new HumanEvaluationInput("x", "panel", samples.getParent().toString(), null, 10, 1,
                    dir.resolve("pairs").toString(), "s2i", 5L, 2, 1);
            StudyBuilt built = human.buildStudy(new StudyRequest("x/human-panel", in));
            human.openHumanEvaluation(new HumanEvaluationOpening("x/human-panel", in, built.studyPath()));
            List<Question> questions = Study.read(Path.of(built.studyPath())).questions();

            // ann names two real images: one right, one wrong; the judge said the truth both times
            List<Question> images = questions.stream().filter(q -> q.kind() == QuestionKind.IMAGE_INSTRUMENT && q.condition().equals("real")).toList();
            Question right = images.get(0), wrong = images.get(1);
            String miss = right.truth().equals("tba") ? "fl" : "tba";
            rate(human, right, "r-ann", right.truth());
            rate(human, wrong, "r-ann", miss);
            // bob matches one s2i sound and image rightly; no judge for that one
            Question match = questions.stream().filter(q -> q.kind() == QuestionKind.MATCH_IMAGE && q.condition().equals("s2i")).findFirst().orElseThrow();
            human.recordRating(new RatingSubmission("x/human-panel", new Rating(match.id(), "r-bob", match.truth(), null, "s2i", match.truth(), null)));
            // a rating signalled without its truth is counted apart
            human.recordRating(new RatingSubmission("x/human-panel", new Rating("loose.png", "r-cy", "vn", null)));

            Path json = dir.resolve("report.json");
            String out = run("study", "report", "--evaluation", "x/human-panel", "--db", url, "--db-user", "postgres",
                    "--db-password", "postgres", "--json", json.toString());
            assertTrue(out.startsWith("human evaluation x/human-panel: 3 answers from 2 raters"), out);
            assertTrue(out.contains("(1 answers have no recorded truth and are left out)"), out);
            assertTrue(out.contains(line("real, image", 2, 1, StudyStatistics.wilson(1, 2))), out);
            assertTrue(out.contains(line("s2i, match", 1, 1, StudyStatistics.wilson(1, 1))), out);
            assertTrue(out.contains("human vs classifier: 2 answers, raw agreement 0.500"), out);
            assertTrue(Files.readString(json).contains("\"byCondition\""));

            assertEquals(2, Main.execute("study", "report", "--evaluation", "x/human-nope", "--db", url, "--db-user", "postgres",
                    "--db-password", "postgres"), "an unknown evaluation is a user error");
        }
    }

    private static void rate(HumanEvaluationActivitiesImpl human, Question q, String rater, String answer) {
        human.recordRating(new RatingSubmission("x/human-panel", new Rating(q.id(), rater, answer, null, q.condition(), q.truth(), q.truth())));
    }

    private static String line(String condition, int answers, int correct, Interval ci) {
        return String.format(Locale.ROOT, "%-22s %7d %7d %8.3f   [%.3f, %.3f]", condition, answers, correct, (double) correct / answers, ci.lower(), ci.upper());
    }

    private static String run(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.execute(args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
