/**
 * What a worker tells Prometheus: Micrometer meters for activities, trials (training and evaluation),
 * data preparation and the human study, the JVM and process, and the {@code /metrics} endpoint.
 * Names follow Prometheus conventions ({@code synesthesia_*}, base units, {@code _total} on counters);
 * labels are bounded (trial ids, activity types, queues, directions, encodings), never per pair or sample.
 */
package org.synesthesia.activities.metrics;
