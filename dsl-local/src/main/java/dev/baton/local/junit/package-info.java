/**
 * JUnit 5 support: {@link dev.baton.local.junit.BatonTest} and {@link
 * dev.baton.local.junit.LocalEngineExtension} inject a {@link dev.baton.local.LocalEngine.Builder}
 * or {@link dev.baton.local.LocalEngine} into tests. Needs {@code junit-jupiter-api} on the test
 * class path (an optional dependency of {@code dsl-local}).
 */
package dev.baton.local.junit;
