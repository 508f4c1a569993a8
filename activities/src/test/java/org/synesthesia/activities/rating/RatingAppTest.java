package org.synesthesia.activities.rating;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.activities.EmbeddedRecords;
import org.synesthesia.activities.human.HumanEvaluationActivitiesImpl;
import org.synesthesia.activities.records.RecordActivitiesImpl;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;
import org.synesthesia.study.Question;
import org.synesthesia.study.QuestionKind;
import org.synesthesia.workflows.human.HumanEvaluationInput;
import org.synesthesia.workflows.human.HumanEvaluationOpening;
import org.synesthesia.workflows.human.Rating;
import org.synesthesia.workflows.human.StudyBuilt;
import org.synesthesia.workflows.human.StudyRequest;
import org.synesthesia.workflows.records.ExperimentOpening;

/** The rating app's HTTP contract on a real PostgreSQL: answers stored once, and every kind of bad request refused with a 4xx. */
class RatingAppTest {
    static final String EVALUATION = "h/human-panel";
    static EmbeddedRecords records;
    @TempDir Path dir;
    final List<Rating> signalled = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();
    RatingApp app;

    @BeforeAll static void startDb() { records = new EmbeddedRecords(); }
    @AfterAll static void stopDb() throws Exception { records.close(); }

    @BeforeEach
    void publish() throws Exception {
        records.clear();
        new RecordActivitiesImpl(records.db, "test").openExperiment(new ExperimentOpening("h", "h", null));
        HumanEvaluationActivitiesImpl human = new HumanEvaluationActivitiesImpl(records.db);
        HumanEvaluationInput in = StudyInputs.make(dir).input("h", 5);
        StudyBuilt built = human.buildStudy(new StudyRequest(EVALUATION, in));
        assertEquals(built, human.buildStudy(new StudyRequest(EVALUATION, in)), "a retried build returns the same study");
        human.openHumanEvaluation(new HumanEvaluationOpening(EVALUATION, in, built.studyPath()));
        app = RatingApp.start(records.db, EVALUATION, (id, r) -> signalled.add(r), "127.0.0.1", 0);
    }

    @AfterEach void stop() { app.close(); }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String rater() throws Exception {
        HttpResponse<String> r = post("/api/raters", "");
        assertEquals(201, r.statusCode());
        return Json.MAPPER.readTree(r.body()).get("rater").asText();
    }

    private static String answer(String rater, String question, String answer) {
        return Json.write(java.util.Map.of("rater", rater, "question", question, "answer", answer));
    }

    @Test
    void storesEachAnswerOnceAndSignalsItWithWhatItIsScoredAgainst() throws Exception {
        String ann = rater();
        JsonNode next = Json.MAPPER.readTree(get("/api/raters/" + ann + "/next").body());
        assertEquals(8, next.get("total").asInt());
        JsonNode q = next.get("question");
        assertNull(q.get("truth"), "the page never learns the answer");
        Question question = app.study().question(q.get("id").asText()).orElseThrow();
        String code = question.choices().get(0);
        assertEquals(201, post("/api/answers", answer(ann, question.id(), code)).statusCode());
        HttpResponse<String> replay = post("/api/answers", answer(ann, question.id(), question.choices().get(1)));
        assertEquals(409, replay.statusCode(), replay.body());
        assertTrue(replay.body().contains("already answered"), replay.body());
        assertEquals(List.of(List.of(question.id(), ann, code, question.condition(), question.truth())),
                records.rows("SELECT sample, rater, answer, condition, truth FROM human_rating"), "the first answer counts");
        assertEquals(new Rating(question.id(), ann, code, null, question.condition(), question.truth(), null), signalled.get(0));
        assertNotEquals(question.id(), Json.MAPPER.readTree(get("/api/raters/" + ann + "/next").body()).get("question").get("id").asText(),
                "the next question is the next unanswered one");

        String bob = rater();
        assertNotEquals(ann, bob);
        assertEquals(201, post("/api/answers", answer(bob, question.id(), code)).statusCode(), "another rater may answer the same question");
        assertEquals(2L, records.count("SELECT count(*) FROM human_rating"));
    }

    @Test
    void refusesUnknownRatersQuestionsAndAnswersBadBodiesAndOversizedOnes() throws Exception {
        String ann = rater();
        Question q = app.study().questions().get(0);
        assertEquals(404, get("/api/raters/r-aaaaaaaaaaaa/next").statusCode());
        assertEquals(404, get("/api/raters/..%2F..%2Fetc/next").statusCode());
        assertEquals(404, post("/api/answers", answer("r-aaaaaaaaaaaa", q.id(), q.truth())).statusCode(), "a rater id the app never handed out");
        HttpResponse<String> unknownItem = post("/api/answers", answer(ann, "q9999", "vn"));
        assertEquals(404, unknownItem.statusCode());
        assertTrue(unknownItem.body().contains("unknown question q9999"), unknownItem.body());
        assertEquals(400, post("/api/answers", answer(ann, q.id(), "kazoo")).statusCode());
        assertEquals(400, post("/api/answers", "{not json").statusCode());
        assertEquals(400, post("/api/answers", "[1, 2]").statusCode());
        HttpResponse<String> big = post("/api/answers", "{\"rater\": \"" + ann + "\", \"pad\": \"" + "x".repeat(100_000) + "\"}");
        assertEquals(413, big.statusCode(), big.body());
        assertEquals(400, post("/api/answers", "{\"rater\": \"" + ann + "\", \"question\": \"" + q.id() + "\", \"answer\": \""
                + q.truth() + "\", \"realism\": 9}").statusCode(), "realism is 1 to 5");
        assertEquals(0L, records.count("SELECT count(*) FROM human_rating"));
        assertTrue(signalled.isEmpty());

        new HumanEvaluationActivitiesImpl(records.db).closeHumanEvaluation(EVALUATION);
        HttpResponse<String> late = post("/api/answers", answer(ann, q.id(), q.truth()));
        assertEquals(409, late.statusCode());
        assertTrue(late.body().contains("closed"), late.body());
        assertEquals(409, post("/api/raters", "").statusCode());
    }

    @Test
    void servesOnlyTheStudysOwnMediaFiles() throws Exception {
        Question q = app.study().questions().stream().filter(x -> x.kind() == QuestionKind.MATCH_IMAGE).findFirst().orElseThrow();
        HttpResponse<String> sound = get("/media/" + q.media().get(0));
        assertEquals(200, sound.statusCode());
        assertEquals("audio/wav", sound.headers().firstValue("Content-Type").orElse(""));
        Path studyFolder = Path.of((String) records.value("SELECT study_path FROM human_evaluation"));
        Files.writeString(studyFolder.resolve("media").resolve("secret.png"), "not in the study");
        for (String path : List.of("/media/secret.png", "/media/..%2Fstudy.json", "/media/%2e%2e%2fstudy.json", "/media/..",
                "/media/%2Fetc%2Fpasswd", "/study.json", "/media/../study.json", "/../../etc/passwd")) {
            HttpResponse<String> r = get(path);
            // Jetty itself refuses ambiguous paths with 400 before the app sees them; both are refusals
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " gave " + r.statusCode());
            assertFalse(r.body().contains("not in the study") || r.body().contains("questions"), path);
        }
        HttpResponse<String> page = get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("width=device-width"), "a phone-sized viewport");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        assertEquals(200, get("/").statusCode());
        List<java.net.InetAddress> external = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).toList();
        for (java.net.InetAddress a : external) {
            try (java.net.Socket socket = new java.net.Socket()) {
                assertThrows(java.io.IOException.class, () -> socket.connect(new java.net.InetSocketAddress(a, app.port()), 1000),
                        "reachable on " + a);
            }
        }
    }

    @Test
    void anEvaluationWithoutAStudyIsBadInput() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> RatingApp.start(records.db, "nope/human-x", (id, r) -> {}, "127.0.0.1", 0));
        assertTrue(e.getMessage().startsWith("human evaluation nope/human-x is not recorded"), e.getMessage());
    }
}
