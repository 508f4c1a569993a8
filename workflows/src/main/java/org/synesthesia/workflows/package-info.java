/** Deterministic Temporal orchestration of synesthesia experiments, and the activity interfaces it calls. */
package org.synesthesia.workflows;
