/** Durable activities: core's work adapted to Temporal, PostgreSQL and Prometheus. */
package org.synesthesia.activities;
