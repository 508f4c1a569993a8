package org.synesthesia.activities.rating;

/** A request the rating app answers with a 4xx status and one sentence saying what to do. */
final class RatingRefusal extends RuntimeException {
    final int status;

    RatingRefusal(int status, String message) {
        super(message);
        this.status = status;
    }
}
