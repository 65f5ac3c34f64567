/**
 * The interpreter behind {@link dev.baton.local.LocalEngine}: a discrete-event {@link
 * dev.baton.local.engine.Scheduler} (the virtual clock), per-state plans computed once per state
 * machine, the JSONPath and JSONata pipelines, Retry/Catch, Parallel and Map, callbacks and nested
 * executions.
 *
 * <p>Internal API: its public types exist so that {@code dev.baton.local} can use them, and may
 * change without notice. Use {@link dev.baton.local.LocalEngine} and {@link
 * dev.baton.local.Execution} instead.
 */
package dev.baton.local.engine;
