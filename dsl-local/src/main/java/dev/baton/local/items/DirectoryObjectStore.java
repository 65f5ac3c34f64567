package dev.baton.local.items;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An {@link ObjectStore} on the file system: object {@code key} of {@code bucket} is the file
 * {@code root/bucket/key}, so a test can keep its datasets as ordinary files, e.g. {@code
 * src/test/resources/s3/my-bucket/orders.csv}.
 *
 * <p>Bucket names must be a single path segment; keys must be relative and stay inside their
 * bucket ({@code ..} segments that escape are refused with {@link IllegalArgumentException}). A
 * {@link #put} writes a temporary file and moves it into place, so readers never see a partial
 * object.
 */
public final class DirectoryObjectStore implements ObjectStore {

  private final Path root;

  /**
   * Creates a store over a directory; it need not exist until something is put.
   *
   * @param root the directory holding one subdirectory per bucket; required
   */
  public DirectoryObjectStore(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  /**
   * Returns the directory this store reads and writes.
   *
   * @return the absolute root directory
   */
  public Path root() {
    return root;
  }

  @Override
  public Optional<byte[]> get(String bucket, String key) {
    Path file = file(bucket, key);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read s3://" + bucket + "/" + key + " from " + file, e);
    }
  }

  @Override
  public List<String> list(String bucket, String prefix) {
    List<String> keys = new ArrayList<>();
    for (ObjectInfo info : listInfo(bucket, prefix)) {
      keys.add(info.key());
    }
    return keys;
  }

  @Override
  public List<ObjectInfo> listInfo(String bucket, String prefix) {
    Path bucketDir = bucketDir(bucket);
    if (!Files.isDirectory(bucketDir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(bucketDir)) {
      files = walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + bucketDir, e);
    }
    List<ObjectInfo> infos = new ArrayList<>();
    for (Path file : files) {
      String key = bucketDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      if (key.startsWith(prefix) && !isTemporary(file)) {
        try {
          infos.add(
              ObjectInfo.of(
                  key, Files.readAllBytes(file), Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read " + file, e);
        }
      }
    }
    infos.sort((a, b) -> InMemoryObjectStore.compareUtf8(a.key(), b.key()));
    return infos;
  }

  @Override
  public void put(String bucket, String key, byte[] data) {
    Path file = file(bucket, key);
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), ".baton-", ".tmp");
      try {
        Files.write(temporary, data);
        try {
          Files.move(
              temporary,
              file,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write s3://" + bucket + "/" + key + " to " + file, e);
    }
  }

  private static boolean isTemporary(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(".baton-") && name.endsWith(".tmp");
  }

  private Path bucketDir(String bucket) {
    Objects.requireNonNull(bucket, "bucket");
    if (bucket.isEmpty()
        || bucket.equals(".")
        || bucket.equals("..")
        || bucket.contains("/")
        || bucket.contains("\\")) {
      throw new IllegalArgumentException(
          "'" + bucket + "' is not a bucket name: use one path segment such as my-bucket");
    }
    return root.resolve(bucket);
  }

  private Path file(String bucket, String key) {
    Objects.requireNonNull(key, "key");
    Path bucketDir = bucketDir(bucket);
    Path file = bucketDir.resolve(key).normalize();
    if (key.isEmpty() || key.startsWith("/") || !file.startsWith(bucketDir) || file.equals(bucketDir)) {
      throw new IllegalArgumentException(
          "the key '"
              + key
              + "' escapes bucket "
              + bucket
              + " under "
              + root
              + ": use a relative key without '..' segments that leave the bucket");
    }
    return file;
  }
}
