package dev.baton.local.items;

/** A parsed {@code s3://bucket/key} URI or {@code arn:aws:s3:::bucket} ARN. */
record S3Uri(String bucket, String key) {

  static S3Uri parse(String uri, String where) {
    if (uri.startsWith("s3://")) {
      int slash = uri.indexOf('/', 5);
      if (slash > 5 && slash < uri.length() - 1) {
        return new S3Uri(uri.substring(5, slash), uri.substring(slash + 1));
      }
    }
    throw ItemReaders.failed(where + ": '" + uri + "' is not an s3://bucket/key URI");
  }

  /** The bucket of {@code arn:aws:s3:::bucket}, or the text itself when it is a plain name. */
  static String bucketOf(String arnOrName) {
    String prefix = "arn:aws:s3:::";
    return arnOrName.startsWith(prefix) ? arnOrName.substring(prefix.length()) : arnOrName;
  }
}
