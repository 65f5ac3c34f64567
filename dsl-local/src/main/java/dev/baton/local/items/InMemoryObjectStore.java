package dev.baton.local.items;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * An {@link ObjectStore} in memory, for unit tests: put the dataset a distributed Map reads, run
 * the workflow, then read what its ResultWriter wrote. Thread-safe; stored bytes are copied in and
 * out, so callers cannot change them afterwards.
 */
public final class InMemoryObjectStore implements ObjectStore {

  private record Stored(byte[] data, Instant lastModified) {}

  private final Map<String, ConcurrentSkipListMap<String, Stored>> buckets =
      new ConcurrentHashMap<>();
  private final Clock clock;

  /** Creates an empty store whose modification times come from the system clock. */
  public InMemoryObjectStore() {
    this(Clock.systemUTC());
  }

  /**
   * Creates an empty store.
   *
   * @param clock the source of each object's modification time; required
   */
  public InMemoryObjectStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<byte[]> get(String bucket, String key) {
    Map<String, Stored> objects = buckets.get(bucket);
    Stored stored = objects == null ? null : objects.get(key);
    return stored == null ? Optional.empty() : Optional.of(stored.data.clone());
  }

  @Override
  public List<String> list(String bucket, String prefix) {
    return new ArrayList<>(objectsFrom(bucket, prefix).keySet());
  }

  @Override
  public List<ObjectInfo> listInfo(String bucket, String prefix) {
    List<ObjectInfo> infos = new ArrayList<>();
    objectsFrom(bucket, prefix)
        .forEach((key, stored) -> infos.add(ObjectInfo.of(key, stored.data, stored.lastModified)));
    return infos;
  }

  @Override
  public void put(String bucket, String key, byte[] data) {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    buckets
        .computeIfAbsent(bucket, b -> new ConcurrentSkipListMap<>(InMemoryObjectStore::compareUtf8))
        .put(key, new Stored(data.clone(), clock.instant()));
  }

  private Map<String, Stored> objectsFrom(String bucket, String prefix) {
    ConcurrentSkipListMap<String, Stored> objects = buckets.get(bucket);
    if (objects == null) {
      return Map.of();
    }
    Map<String, Stored> matching = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Stored> e : objects.tailMap(prefix, true).entrySet()) {
      if (!e.getKey().startsWith(prefix)) {
        break;
      }
      matching.put(e.getKey(), e.getValue());
    }
    return matching;
  }

  /** S3 lists keys in UTF-8 byte order, which differs from String order for some characters. */
  static int compareUtf8(String a, String b) {
    return java.util.Arrays.compareUnsigned(
        a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
