package dev.baton.json;

/** Builds RFC 6901 JSON pointers. */
public final class JsonPointers {
  private JsonPointers() {}

  /** {@code parent} extended by one object member, with {@code ~} and {@code /} escaped. */
  public static String child(String parent, String member) {
    if (member.indexOf('~') < 0 && member.indexOf('/') < 0) {
      return parent + "/" + member;
    }
    return parent + "/" + member.replace("~", "~0").replace("/", "~1");
  }

  /** {@code parent} extended by one array index. */
  public static String child(String parent, int index) {
    return parent + "/" + index;
  }
}
