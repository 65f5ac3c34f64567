package dev.baton.model;

/** How a Map state runs its items: ASL ProcessorConfig {@code Mode}; INLINE by default. Constants are spelled as in ASL JSON. */
public enum ProcessorMode {
  /** {@code "INLINE"}. */
  INLINE,
  /** {@code "DISTRIBUTED"}. */
  DISTRIBUTED
}
