package dev.baton.local.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectStoreTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void directoryStoreMapsBucketAndKeyToFiles(@TempDir Path root) throws Exception {
    DirectoryObjectStore store = new DirectoryObjectStore(root);
    store.put("b", "dir/x.json", bytes("[1]"));
    assertThat(Files.readString(root.resolve("b/dir/x.json"))).isEqualTo("[1]");
    assertThat(store.get("b", "dir/x.json")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("[1]")));
    assertThat(store.get("b", "missing")).isEmpty();
    assertThat(store.get("nobucket", "x")).isEmpty();
    store.put("b", "dir/x.json", bytes("[2]"));
    assertThat(store.get("b", "dir/x.json").orElseThrow()).isEqualTo(bytes("[2]"));
    try (var files = Files.list(root.resolve("b/dir"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.json");
    }
  }

  @Test
  void directoryStoreListsInKeyOrderWithMetadata(@TempDir Path root) {
    DirectoryObjectStore store = new DirectoryObjectStore(root);
    store.put("b", "p/b", bytes("bb"));
    store.put("b", "p/a", bytes("a"));
    store.put("b", "q", bytes("q"));
    assertThat(store.list("b", "p/")).containsExactly("p/a", "p/b");
    assertThat(store.list("b", "")).containsExactly("p/a", "p/b", "q");
    assertThat(store.listInfo("b", "p/b").get(0).size()).isEqualTo(2);
    assertThat(store.listInfo("b", "p/b").get(0).lastModified()).isAfter(Instant.EPOCH);
    assertThat(store.list("none", "")).isEmpty();
  }

  @Test
  void directoryStoreRefusesKeysThatEscapeTheBucket(@TempDir Path root) {
    DirectoryObjectStore store = new DirectoryObjectStore(root.resolve("s3"));
    assertThatThrownBy(() -> store.get("b", "../other/secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("escapes bucket b");
    assertThatThrownBy(() -> store.put("b", "/etc/passwd", bytes("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.put("..", "x", bytes("x")))
        .hasMessageContaining("is not a bucket name");
    assertThat(store.get("b", "a/../c")).isEmpty();
  }

  @Test
  void inMemoryStoreCopiesBytesAndListsByUtf8Order() {
    InMemoryObjectStore store = new InMemoryObjectStore();
    byte[] data = bytes("abc");
    store.put("b", "k", data);
    data[0] = 'x';
    assertThat(store.get("b", "k").orElseThrow()).isEqualTo(bytes("abc"));
    store.get("b", "k").orElseThrow()[0] = 'y';
    assertThat(store.get("b", "k").orElseThrow()).isEqualTo(bytes("abc"));
    store.put("b", "\uFF01", bytes("1"));
    store.put("b", "\uD83D\uDE00", bytes("2"));
    // UTF-8 byte order puts the 4-byte emoji after U+FF01; UTF-16 String order would not
    assertThat(store.list("b", "")).containsExactly("k", "\uFF01", "\uD83D\uDE00");
    assertThat(store.listInfo("b", "k").get(0).etag()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
  }
}
