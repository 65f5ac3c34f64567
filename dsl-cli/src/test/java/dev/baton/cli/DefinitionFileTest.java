package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.DefinitionFile.Syntax;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How a file's syntax is chosen, and how its bytes become text. */
class DefinitionFileTest {
  @Test
  void theExtensionDecides() {
    assertThat(DefinitionFile.syntaxOf("a.yaml", "{}")).isEqualTo(Syntax.YAML);
    assertThat(DefinitionFile.syntaxOf("a.YML", "{}")).isEqualTo(Syntax.YAML);
    assertThat(DefinitionFile.syntaxOf("a.json", "StartAt: A")).isEqualTo(Syntax.JSON);
    assertThat(DefinitionFile.syntaxOf("a.asl.json", "StartAt: A")).isEqualTo(Syntax.JSON);
  }

  @Test
  void otherwiseTheContentDecides() {
    assertThat(DefinitionFile.syntaxOf("def", "\n  {\"StartAt\": \"A\"}")).isEqualTo(Syntax.JSON);
    assertThat(DefinitionFile.syntaxOf("def", "[1]")).isEqualTo(Syntax.JSON);
    assertThat(DefinitionFile.syntaxOf("def", "# states\nStartAt: A\n")).isEqualTo(Syntax.YAML);
    assertThat(DefinitionFile.syntaxOf("def", "\"StartAt\": A\n")).isEqualTo(Syntax.YAML);
    assertThat(DefinitionFile.syntaxOf("def", "---\nStartAt: A\n")).isEqualTo(Syntax.YAML);
    assertThat(DefinitionFile.syntaxOf("def", "%YAML 1.2\n---\n")).isEqualTo(Syntax.YAML);
    assertThat(DefinitionFile.syntaxOf("def", "Comment:\n")).isEqualTo(Syntax.YAML);
    assertThat(DefinitionFile.syntaxOf("def", "hello world\n")).isEqualTo(Syntax.JSON);
    assertThat(DefinitionFile.syntaxOf("def", "http://example.com\n")).isEqualTo(Syntax.JSON);
    assertThat(DefinitionFile.syntaxOf("def", "")).isEqualTo(Syntax.JSON);
  }

  @Test
  void aByteOrderMarkIsDropped() {
    DefinitionFile.Outcome read = DefinitionFile.decode("a.json", "\uFEFF{}".getBytes(StandardCharsets.UTF_8));

    assertThat(read).isEqualTo(new DefinitionFile.Text("a.json", Syntax.JSON, "{}"));
  }

  @Test
  void positionsOfBadBytesCountCharactersNotBytes() {
    byte[] bytes = "{\n  \"Comment\": \"\u00e9t\u00e9 ".getBytes(StandardCharsets.UTF_8);
    byte[] withBadByte = java.util.Arrays.copyOf(bytes, bytes.length + 1);
    withBadByte[bytes.length] = (byte) 0xff;

    DefinitionFile.Outcome read = DefinitionFile.decode("a.json", withBadByte);

    assertThat(read).isInstanceOf(DefinitionFile.NotText.class);
    DefinitionFile.NotText notText = (DefinitionFile.NotText) read;
    assertThat(notText.problem().line()).isEqualTo(2);
    assertThat(notText.problem().column()).isEqualTo(19);  // "  \"Comment\": \"été " is 18 characters
    assertThat(notText.problem().rule()).isEqualTo("json.syntax");
  }
}
