package org.synesthesia.activities.rating;

import static org.junit.jupiter.api.Assertions.*;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.synesthesia.activities.EmbeddedRecords;
import org.synesthesia.activities.human.HumanEvaluationActivitiesImpl;
import org.synesthesia.activities.records.RecordActivitiesImpl;
import org.synesthesia.study.Question;
import org.synesthesia.workflows.StepOptions;
import org.synesthesia.workflows.TaskQueues;
import org.synesthesia.workflows.WorkflowTypes;
import org.synesthesia.workflows.human.HumanEvaluationResult;
import org.synesthesia.workflows.human.HumanEvaluationWorkflow;

/**
 * End to end in Debian's headless Chromium at a phone's size: the HumanEvaluation workflow builds and
 * publishes the study, a rater answers in the page, reloads and continues, a double tap counts
 * once, and the workflow sees every answer and completes. Screenshots land in target/rating-screens.
 */
class RatingBrowserTest {
    static final String EVALUATION = "e2e/human-panel";
    static final Path SCREENS = Path.of("target", "rating-screens");
    static EmbeddedRecords records;
    @TempDir Path dir;

    @BeforeAll static void startDb() { records = new EmbeddedRecords(); }
    @AfterAll static void stopDb() throws Exception { records.close(); }

    @Test
    void aRaterAnswersReloadsContinuesAndTheWorkflowSeesEveryAnswer() throws Exception {
        records.clear();
        Files.createDirectories(SCREENS);
        StudyInputs inputs = StudyInputs.make(dir);
        int expected = 5;
        try (TestWorkflowEnvironment env = TestWorkflowEnvironment.newInstance()) {
            WorkflowTypes.register(env.newWorker(TaskQueues.WORKFLOWS), StepOptions.defaults());
            env.newWorker(TaskQueues.CPU).registerActivitiesImplementations(
                    new RecordActivitiesImpl(records.db, "test"), new HumanEvaluationActivitiesImpl(records.db));
            env.start();
            WorkflowClient client = env.getWorkflowClient();
            HumanEvaluationWorkflow wf = client.newWorkflowStub(HumanEvaluationWorkflow.class,
                    WorkflowOptions.newBuilder().setTaskQueue(TaskQueues.WORKFLOWS).setWorkflowId(EVALUATION).build());
            WorkflowClient.start(wf::collect, inputs.input("e2e", expected));
            awaitStudyPublished();

            try (RatingApp app = RatingApp.start(records.db, EVALUATION, RatingSignal.temporal(client), "127.0.0.1", 0)) {
                ChromeDriver browser = chromium();
                try {
                    String url = "http://127.0.0.1:" + app.port() + "/";
                    browser.get(url);
                    List<String> seen = new ArrayList<>();
                    answer(browser, app, seen, 2, "first");
                    assertEquals("2 of 8 answered", progress(browser));

                    browser.navigate().refresh();
                    String afterReload = questionId(browser);
                    shot(browser, "3-after-reload");
                    assertEquals("2 of 8 answered", progress(browser), "a reload continues where the rater left off");
                    assertFalse(seen.contains(afterReload), "the reloaded page shows an unanswered question");

                    // A double tap: the page's own fetch twice with the same answer; the second is refused, the first counts.
                    String rater = (String) browser.executeScript("return localStorage.getItem('synesthesia-rater');");
                    Question q = app.study().question(afterReload).orElseThrow();
                    Object statuses = browser.executeAsyncScript("""
                            const done = arguments[arguments.length - 1];
                            const body = JSON.stringify({rater: arguments[0], question: arguments[1], answer: arguments[2]});
                            const send = () => fetch('api/answers', {method: 'POST', headers: {'Content-Type': 'application/json'}, body})
                                .then(r => r.status);
                            Promise.all([send(), send()]).then(s => done(s.sort()));""", rater, q.id(), q.choices().get(0));
                    assertEquals(List.of(201L, 409L), statuses);
                    seen.add(afterReload);
                    browser.navigate().refresh();
                    assertEquals("3 of 8 answered", progress(browser));
                    answer(browser, app, seen, expected - 3, "continued");
                    assertEquals(expected + " of 8 answered", progress(browser));
                } finally {
                    browser.quit();
                }
            }
            HumanEvaluationResult result = WorkflowStub.fromTyped(wf).getResult(HumanEvaluationResult.class);
            assertEquals(new HumanEvaluationResult(EVALUATION, expected, true), result, "the workflow saw every answer once");
            assertEquals((long) expected, records.count("SELECT count(DISTINCT sample) FROM human_rating WHERE evaluation_id = '" + EVALUATION + "'"));
            assertEquals("closed", records.value("SELECT status FROM human_evaluation"));
        }
    }

    /** Answers {@code n} questions by tapping, screenshotting each kind of question seen. */
    private void answer(ChromeDriver browser, RatingApp app, List<String> seen, int n, String label) throws Exception {
        for (int k = 0; k < n; k++) {
            String id = questionId(browser);
            assertFalse(seen.contains(id), id + " asked twice");
            Question q = app.study().question(id).orElseThrow();
            shot(browser, (label.equals("first") ? "1-" : "4-") + label + "-" + k + "-" + q.kind().name().toLowerCase());
            List<WebElement> buttons = browser.findElements(By.cssSelector("button.choice"));
            assertEquals(q.choices().size(), buttons.size());
            // Alternate right and wrong answers, so the report has both.
            String pick = k % 2 == 0 ? q.truth() : q.choices().stream().filter(c -> !c.equals(q.truth())).findFirst().orElseThrow();
            browser.findElement(By.cssSelector("button.choice[data-code='" + pick + "']")).click();
            seen.add(id);
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> {
                WebElement done = d.findElement(By.id("done"));
                return done.isDisplayed() || !id.equals(d.findElement(By.id("question")).getDomAttribute("data-id"));
            });
        }
    }

    private static String questionId(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.choice")));
        return browser.findElement(By.id("question")).getDomAttribute("data-id");
    }

    private static String progress(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> !d.findElement(By.id("progress")).getText().isEmpty());
        return browser.findElement(By.id("progress")).getText();
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        // images decoded and sounds' metadata loaded: the media are served and in formats the browser plays
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"
                        + " && Array.from(document.querySelectorAll('audio')).every(a => a.readyState >= 1 && a.duration > 0);"));
        Files.write(SCREENS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private void awaitStudyPublished() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            if (records.count("SELECT count(*) FROM human_evaluation WHERE study_path IS NOT NULL") == 1) return;
            Thread.sleep(100);
        }
        fail("the workflow did not publish its study within 60 s");
    }

    /** Debian's chromium through Debian's chromedriver, headless at a phone's CSS size (390 x 844). */
    private ChromeDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")),
                "--window-size=390,844", "--hide-scrollbars");
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(390, 844));
        return driver;
    }
}
