package org.synesthesia.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.synesthesia.io.BadInputException;
import org.synesthesia.io.Json;

/**
 * A built study: questions in the order every rater sees them, over files in the study folder's
 * {@code media/} folder. Stored as {@code study.json} beside that folder, with what made it.
 */
public record Study(String createdBy, StudySpec spec, int items, List<Question> questions) {

    public static final String FILE = "study.json";
    public static final String MEDIA = "media";
    public static final String CREATED_BY = "synesthesia StudyBuilder 1";

    public Study {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** Reads the study in {@code folder}. */
    public static Study read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file))
            throw new BadInputException(file + " does not exist; give a study folder that synesthesia built (it holds study.json and media/)");
        try {
            return Json.readFile(file, Study.class);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file + " is not a readable study (" + e.getMessage() + "); build the study again", e);
        }
    }
}
