/**
 * Deterministic Temporal orchestration, and the activity interfaces and JSON records it speaks.
 * Nothing here does I/O: workflows only sequence activities, which live in {@code activities}.
 */
package org.synesthesia.workflows;
