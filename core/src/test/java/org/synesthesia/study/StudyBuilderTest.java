package org.synesthesia.study;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.BadInputException;
import org.synesthesia.pairs.PairStore;

/** Studies built from a real tiny pair store's held-out pairs and generated-looking images made from them. */
class StudyBuilderTest {
    @TempDir Path dir;

    private List<StudyItem> items() throws Exception {
        PairStore store = StudyFixtures.store(dir.resolve("pairs"));
        List<StudyItem> real = StudySources.heldOut(store, 2, dir.resolve("real"));
        List<StudyItem> all = new ArrayList<>(real);
        all.addAll(StudySources.generated(StudyFixtures.generated(real, Files.createDirectories(dir.resolve("gen"))), "s2i"));
        return all;
    }

    @Test
    void heldOutPairsBecomeAnImageAndASoundOfOneMomentEach() throws Exception {
        List<StudyItem> items = items();
        List<StudyItem> real = items.stream().filter(i -> i.condition().equals(StudySources.REAL)).toList();
        assertEquals(12, real.size(), "6 test pairs, an image and a sound each; train pairs left out");
        assertEquals(6, items.size() - real.size(), "one generated image per real image");
        StudyItem first = real.get(0);
        assertEquals("pair-00002", first.group(), "pairs 0 and 1 are training pairs");
        assertTrue(Files.size(real.get(1).file()) > 2 * StudyFixtures.CHUNK, "a real WAV with the chunk's samples");
        StudyItem gen = items.stream().filter(i -> i.condition().equals("s2i")).findFirst().orElseThrow();
        assertEquals(gen.group(), "pair-00002");
        assertEquals(Instrument.CELLO, items.stream().filter(i -> i.file().getFileName().toString().equals("vc_pair-00004.png"))
                .findFirst().orElseThrow().instrument());
    }

    @Test
    void mixesConditionsInOneSeededOrderWithOpaqueMedia() throws Exception {
        List<StudyItem> items = items();
        Study a = StudyBuilder.build(items, new StudySpec(7, 0, 3), dir.resolve("study-a"));
        List<StudyItem> reversed = new ArrayList<>(items);
        java.util.Collections.reverse(reversed);
        Study b = StudyBuilder.build(reversed, new StudySpec(7, 0, 3), dir.resolve("study-b"));
        Study c = StudyBuilder.build(items, new StudySpec(8, 0, 3), dir.resolve("study-c"));
        assertEquals(a, b, "same seed, same items in any order: same study");
        assertNotEquals(a.questions(), c.questions(), "another seed, another order");
        assertEquals(a, Study.read(dir.resolve("study-a")), "study.json reads back");

        // every item asked once by name, plus 3 matches per image condition
        assertEquals(18 + 6, a.questions().size());
        Set<String> conditions = new HashSet<>();
        for (Question q : a.questions()) {
            conditions.add(q.condition());
            for (String m : q.media()) {
                assertTrue(Files.isRegularFile(dir.resolve("study-a").resolve(Study.MEDIA).resolve(m)), m);
                assertTrue(m.startsWith(q.id()), "media named after the question, not the answer: " + m);
            }
            assertTrue(q.accepts(q.truth()), q.id());
            if (q.kind() == QuestionKind.MATCH_IMAGE) {
                assertEquals(3, q.media().size());
                assertEquals(2, q.choices().size());
                assertNotEquals(q.choices().get(0), q.choices().get(1), "the two images are of different instruments");
            } else {
                assertEquals(Instrument.count(), q.choices().size());
            }
        }
        assertEquals(Set.of("real", "s2i"), conditions);
        // mixed, not grouped: the first half holds both conditions
        assertEquals(2, a.questions().subList(0, 12).stream().map(Question::condition).distinct().count());
        assertFalse(Files.exists(dir.resolve("study-a.partial")));
    }

    @Test
    void perConditionCapsNameQuestions() throws Exception {
        Study s = StudyBuilder.build(items(), new StudySpec(1, 2, 0), dir.resolve("study"));
        // (real, image), (real, sound), (s2i, image): 2 each
        assertEquals(6, s.questions().size());
    }

    @Test
    void emptyOrMissingInputIsBadInput() throws Exception {
        assertThrows(BadInputException.class, () -> StudyBuilder.build(List.of(), new StudySpec(1, 0, 0), dir.resolve("s")));
        StudyItem ghost = new StudyItem(dir.resolve("vn_9.png"), Instrument.VIOLIN, "s2i", null, null);
        BadInputException e = assertThrows(BadInputException.class,
                () -> StudyBuilder.build(List.of(ghost), new StudySpec(1, 0, 0), dir.resolve("s")));
        assertTrue(e.getMessage().contains("vn_9.png"));
        Files.createDirectories(dir.resolve("empty"));
        assertThrows(BadInputException.class, () -> StudySources.generated(dir.resolve("empty"), "s2i"));
        assertThrows(BadInputException.class, () -> Study.read(dir.resolve("empty")));
    }
}
