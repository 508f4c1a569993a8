package org.synesthesia.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.synesthesia.instrument.Instrument;
import org.synesthesia.io.AtomicFiles;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;

/**
 * Builds a study folder from real and generated items: name-the-instrument questions per condition
 * and which-image-goes-with-this-sound questions, mixed in one seeded random order. Media files get
 * opaque names ({@code q0007.png}) so that neither a file name nor its order gives the answer away.
 * One seed and one set of items always give the same study.
 */
public final class StudyBuilder {

    private StudyBuilder() {}

    /** Builds the study into {@code folder} (atomically) and returns it. */
    public static Study build(List<StudyItem> items, StudySpec spec, Path folder) throws IOException {
        if (items.isEmpty()) throw new BadInputException("a study needs at least one real or generated item; check the samples and pairs folders");
        for (StudyItem i : items)
            if (!Files.isRegularFile(i.file())) throw new BadInputException(i.file() + " does not exist; rebuild the samples or drop the item");
        List<StudyItem> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(i -> i.file().toAbsolutePath().toString())); // input order must not matter
        Random random = new Random(spec.seed());

        List<Draft> drafts = new ArrayList<>();
        Map<String, List<StudyItem>> byKind = new TreeMap<>();
        for (StudyItem i : sorted) byKind.computeIfAbsent(i.condition() + (i.isImage() ? "/image" : "/sound"), k -> new ArrayList<>()).add(i);
        for (List<StudyItem> group : byKind.values()) {
            Collections.shuffle(group, random);
            int n = spec.perCondition() == 0 ? group.size() : Math.min(spec.perCondition(), group.size());
            for (StudyItem i : group.subList(0, n)) drafts.add(new Draft(i, List.of()));
        }
        drafts.addAll(matches(sorted, spec.matchesPerCondition(), random));
        if (drafts.isEmpty()) throw new BadInputException("the items gave no questions; give more items or raise the question counts");
        Collections.shuffle(drafts, random);

        List<Question> questions = new ArrayList<>();
        List<Path[]> copies = new ArrayList<>(); // source, name under media/
        for (int k = 0; k < drafts.size(); k++) {
            String id = String.format("q%04d", k + 1);
            Draft d = drafts.get(k);
            StudyItem judged = d.judged();
            String judge = judged.judge() == null ? null : judged.judge().code();
            String item = judged.file().getFileName().toString();
            if (d.images().isEmpty()) {
                String name = id + (judged.isImage() ? ".png" : ".wav");
                copies.add(new Path[] {judged.file(), Path.of(name)});
                List<String> codes = java.util.Arrays.stream(Instrument.values()).map(Instrument::code).toList();
                questions.add(new Question(id, judged.isImage() ? QuestionKind.IMAGE_INSTRUMENT : QuestionKind.SOUND_INSTRUMENT,
                        judged.condition(), judged.instrument().code(), judge, item, List.of(name), codes));
            } else {
                List<String> media = new ArrayList<>();
                List<String> choices = new ArrayList<>();
                media.add(id + "-sound.wav");
                copies.add(new Path[] {d.sound().file(), Path.of(id + "-sound.wav")});
                char side = 'a';
                for (StudyItem image : d.images()) {
                    String name = id + "-" + side++ + ".png";
                    media.add(name);
                    choices.add(image.instrument().code());
                    copies.add(new Path[] {image.file(), Path.of(name)});
                }
                questions.add(new Question(id, QuestionKind.MATCH_IMAGE, judged.condition(), judged.instrument().code(), judge, item, media, choices));
            }
        }
        Study study = new Study(Study.CREATED_BY, spec, items.size(), questions);
        AtomicFiles.writeFolder(folder, partial -> {
            Path media = Files.createDirectories(partial.resolve(Study.MEDIA));
            for (Path[] c : copies) Files.copy(c[0], media.resolve(c[1]), StandardCopyOption.REPLACE_EXISTING);
            Json.writeFile(partial.resolve(Study.FILE), study);
        });
        return study;
    }

    /**
     * A question in the making: a judged item alone, or for a match the correct image ({@code judged}),
     * the sound it goes with and both images in shown order.
     */
    private record Draft(StudyItem judged, List<StudyItem> images, StudyItem sound) {
        Draft(StudyItem judged, List<StudyItem> images) { this(judged, images, null); }
    }

    /**
     * Per image condition, up to {@code perCondition} sounds each with the image of its own moment
     * (or else of its instrument) and an image of another instrument, in random left/right order.
     */
    private static List<Draft> matches(List<StudyItem> items, int perCondition, Random random) {
        List<Draft> out = new ArrayList<>();
        if (perCondition == 0) return out;
        List<StudyItem> sounds = items.stream().filter(i -> !i.isImage()).toList();
        Map<String, List<StudyItem>> images = new TreeMap<>();
        for (StudyItem i : items) if (i.isImage()) images.computeIfAbsent(i.condition(), k -> new ArrayList<>()).add(i);
        for (List<StudyItem> pool : images.values()) {
            List<StudyItem> order = new ArrayList<>(sounds);
            Collections.shuffle(order, random);
            int made = 0;
            for (StudyItem sound : order) {
                if (made == perCondition) break;
                List<StudyItem> same = pool.stream().filter(i -> sound.group() != null && sound.group().equals(i.group())).toList();
                if (same.isEmpty()) same = pool.stream().filter(i -> i.instrument() == sound.instrument()).toList();
                List<StudyItem> other = pool.stream().filter(i -> i.instrument() != sound.instrument()).toList();
                if (same.isEmpty() || other.isEmpty()) continue;
                StudyItem right = same.get(random.nextInt(same.size()));
                StudyItem wrong = other.get(random.nextInt(other.size()));
                List<StudyItem> shown = random.nextBoolean() ? List.of(right, wrong) : List.of(wrong, right);
                out.add(new Draft(right, shown, sound));
                made++;
            }
        }
        return out;
    }
}
