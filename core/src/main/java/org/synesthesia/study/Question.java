package org.synesthesia.study;

import java.util.List;

/**
 * One question of a study, as the rating page shows it and the report scores it.
 *
 * @param id        opaque id, also the name under which answers are stored ({@code q0007})
 * @param kind      what is asked
 * @param condition the condition scored (of the image or sound being judged)
 * @param truth     the instrument code of the correct answer
 * @param judge     the judging classifier's instrument code for the judged item, null when none
 * @param item      the judged item's original file name, for tracing an answer back to its sample
 * @param media     file names under the study's {@code media/} folder: the judged file, or for
 *                  {@link QuestionKind#MATCH_IMAGE} the sound and then the two images
 * @param choices   instrument codes a rater may answer; for a match question, the codes of the two
 *                  images in the order shown
 */
public record Question(String id, QuestionKind kind, String condition, String truth, String judge, String item,
                       List<String> media, List<String> choices) {

    public Question {
        media = List.copyOf(media);
        choices = List.copyOf(choices);
    }

    /** Whether {@code answer} is one of the choices. */
    public boolean accepts(String answer) { return answer != null && choices.contains(answer); }

    public boolean isCorrect(String answer) { return truth.equals(answer); }
}
