/**
 * The local engine: an interpreter over the {@link dev.baton.model} that runs whole workflows in
 * unit tests with mocked tasks, a virtual clock and AWS's semantics.
 */
package dev.baton.local;
