package dev.baton.local.items;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A local stand-in for Amazon S3, where a distributed Map's {@code ItemReader} reads its dataset
 * and its {@code ResultWriter} writes the results.
 *
 * <p>Objects are addressed by bucket and key as in S3; keys use {@code /} as separator. The
 * implementations in this package are {@link DirectoryObjectStore} (a directory per bucket) and
 * {@link InMemoryObjectStore}; both are thread-safe.
 */
public interface ObjectStore {

  /**
   * Returns an object's bytes.
   *
   * @param bucket the bucket name; required
   * @param key the object key; required
   * @return the bytes, or empty when there is no such object
   */
  Optional<byte[]> get(String bucket, String key);

  /**
   * Lists the keys in a bucket that start with a prefix, in ascending UTF-8 order as S3 lists
   * them.
   *
   * @param bucket the bucket name; required
   * @param prefix the key prefix; {@code ""} for all keys
   * @return the keys, empty when the bucket does not exist
   */
  List<String> list(String bucket, String prefix);

  /**
   * Stores an object, replacing any object with that key. A reader never sees a partly written
   * object.
   *
   * @param bucket the bucket name; required
   * @param key the object key; required
   * @param data the bytes; required
   */
  void put(String bucket, String key, byte[] data);

  /**
   * Lists objects with their metadata, as {@code s3:listObjectsV2} reports them. The default
   * reads every object to compute its size and ETag and reports {@link Instant#EPOCH} as its
   * modification time; implementations that know better override it.
   *
   * @param bucket the bucket name; required
   * @param prefix the key prefix; {@code ""} for all keys
   * @return the objects in key order
   */
  default List<ObjectInfo> listInfo(String bucket, String prefix) {
    List<ObjectInfo> infos = new ArrayList<>();
    for (String key : list(bucket, prefix)) {
      get(bucket, key)
          .ifPresent(bytes -> infos.add(ObjectInfo.of(key, bytes, Instant.EPOCH)));
    }
    return infos;
  }

  /**
   * The metadata of one stored object.
   *
   * @param key the object key
   * @param size the size in bytes
   * @param lastModified when the object was last written
   * @param etag the MD5 of the content in lowercase hex, without quotes (S3's ETag of a
   *     single-part upload)
   */
  record ObjectInfo(String key, long size, Instant lastModified, String etag) {
    /**
     * Creates the metadata.
     *
     * @param key required
     * @param size not negative
     * @param lastModified required
     * @param etag required
     */
    public ObjectInfo {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(lastModified, "lastModified");
      Objects.requireNonNull(etag, "etag");
    }

    /**
     * Computes the metadata of an object from its bytes.
     *
     * @param key the key
     * @param bytes the content
     * @param lastModified when it was written
     * @return the metadata with the content's MD5 as ETag
     */
    public static ObjectInfo of(String key, byte[] bytes, Instant lastModified) {
      try {
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        return new ObjectInfo(key, bytes.length, lastModified, md5);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("the JDK lacks MD5", e);
      }
    }
  }
}
