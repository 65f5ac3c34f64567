package dev.baton.model;

import dev.baton.expr.Path;
import java.util.Optional;

/**
 * The value of an ASL {@code InputPath}, {@code OutputPath} or {@code ResultPath} field that is
 * present: either a path or JSON {@code null}.
 *
 * <p>{@code null} has a meaning of its own: {@code "InputPath": null} gives the state an empty
 * object, {@code "OutputPath": null} sends an empty object on, and {@code "ResultPath": null}
 * discards the result and passes the input on. An absent field is represented by an empty
 * {@link Optional} on the state, and means {@code $}.
 *
 * @param <P> {@link Path}, or {@link dev.baton.expr.ReferencePath} where the spec requires one
 */
public record NullablePath<P extends Path>(P pathOrNull) {

  /** The JSON {@code null} value. */
  public static <P extends Path> NullablePath<P> nullValue() {
    return new NullablePath<>(null);
  }

  /** A path value. */
  public static <P extends Path> NullablePath<P> of(P path) {
    return new NullablePath<>(java.util.Objects.requireNonNull(path, "path"));
  }

  /** Whether this is JSON {@code null}. */
  public boolean isNull() {
    return pathOrNull == null;
  }

  /** The path, unless this is JSON {@code null}. */
  public Optional<P> path() {
    return Optional.ofNullable(pathOrNull);
  }

  @Override
  public String toString() {
    return pathOrNull == null ? "null" : pathOrNull.text();
  }
}
