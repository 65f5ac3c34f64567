package dev.baton.cli;

import dev.baton.diagnostics.Diagnostic;
import dev.baton.validate.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a definition file named on the command line: refuses what cannot be read (an I/O error)
 * and reports what is not JSON or YAML text (too large, binary, not UTF-8) as a diagnostic, without
 * ever reading more than {@link #MAX_BYTES} bytes.
 */
final class DefinitionFile {
  /**
   * The largest file read, in bytes. AWS accepts definitions up to 1 MiB; the cap is ten times
   * that so that the validator can still report the quota on a too-large file, while a 50 MB file
   * is answered at once instead of being read into memory.
   */
  static final long MAX_BYTES = 10L * 1024 * 1024;

  /** A key at the start of a line, as in {@code StartAt: A} or {@code "States":}. */
  private static final Pattern YAML_KEY = Pattern.compile("(?:[\"']?[\\w.$-]+[\"']?|\\? .*)\\s*:(?:\\s.*)?");

  private DefinitionFile() {}

  /** How the text of a file is read. */
  enum Syntax {
    JSON,
    YAML
  }

  /** What reading a file gave. */
  sealed interface Outcome permits Text, NotText, Unreadable {
    /** The file name as given on the command line. */
    String file();
  }

  /** The file's text, as UTF-8 without a byte-order mark. */
  record Text(String file, Syntax syntax, String text) implements Outcome {}

  /** The file was read but is not a definition's text; the diagnostic says why. */
  record NotText(String file, Diagnostic problem) implements Outcome {}

  /** The file could not be read at all: {@code reason} is one short phrase such as {@code no such file}. */
  record Unreadable(String file, String reason) implements Outcome {}

  /** Reads {@code name}; never throws for a bad file. */
  static Outcome read(String name) {
    Path path;
    try {
      path = Path.of(name);
    } catch (InvalidPathException e) {
      return new Unreadable(name, "not a valid file name (" + e.getReason() + ")");
    }
    if (Files.isDirectory(path)) {
      return new Unreadable(name, "is a directory, not a file");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      long size = Files.isRegularFile(path) ? Files.size(path) : -1;
      if (size > MAX_BYTES) {
        return tooLarge(name, size);
      }
      // Not every file knows its size (a pipe, /dev/zero): read one byte past the cap to find out.
      bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        return tooLarge(name, -1);
      }
    } catch (NoSuchFileException e) {
      return new Unreadable(name, "no such file");
    } catch (AccessDeniedException e) {
      return new Unreadable(name, "permission denied");
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Unreadable(name, "cannot be read: " + reason.replace(name + ": ", ""));
    }
    return decode(name, bytes);
  }

  /** Turns the bytes of {@code name} into text, or says why they are not text. */
  static Outcome decode(String name, byte[] bytes) {
    String bom = byteOrderMark(bytes);
    if (bom != null) {
      return new NotText(name, notText("the file is " + bom + " text; save it as UTF-8", bytes, 0));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new NotText(name, notText("the file is binary (a NUL byte at offset " + i
            + "), not an ASL definition in JSON or YAML text", bytes, i));
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      return new NotText(name, notText(String.format(Locale.ROOT,
          "the file is not UTF-8 text (byte 0x%02X at offset %d); an ASL definition is UTF-8 JSON or YAML",
          bytes[offset] & 0xff, offset), bytes, offset));
    }
    decoder.flush(out);
    String text = out.flip().toString();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new Text(name, syntaxOf(name, text), text);
  }

  /**
   * YAML for {@code .yaml} and {@code .yml} files, JSON for {@code .json}; otherwise YAML when the
   * text starts like a YAML document or mapping, JSON when it does not (so that other text is
   * reported as not valid JSON).
   */
  static Syntax syntaxOf(String name, String text) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Syntax.YAML;
    }
    if (lower.endsWith(".json")) {
      return Syntax.JSON;
    }
    for (String line : (Iterable<String>) text.lines()::iterator) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;  // '#' is no JSON, but a comment line alone does not make YAML either: look further
      }
      if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
        return Syntax.JSON;
      }
      boolean yaml = trimmed.startsWith("---") || trimmed.startsWith("%YAML") || YAML_KEY.matcher(trimmed).matches();
      return yaml ? Syntax.YAML : Syntax.JSON;
    }
    return Syntax.JSON;
  }

  private static String byteOrderMark(byte[] b) {
    if (b.length >= 4 && ((b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xFE && (b[3] & 0xff) == 0xFF)
        || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE && b[2] == 0 && b[3] == 0))) {
      return "UTF-32";
    }
    if (b.length >= 2 && (((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)
        || ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE))) {
      return "UTF-16";
    }
    return null;
  }

  private static Outcome tooLarge(String name, long size) {
    String what = size < 0 ? "more than " + MAX_BYTES : String.valueOf(size);
    return new NotText(name, Diagnostic.error(Rule.QUOTA_DEFINITION_SIZE.id(), Rule.QUOTA_DEFINITION_SIZE.layer(), "",
        "the file is " + what + " bytes; AWS accepts definitions up to 1048576 bytes (1 MiB), and baton does not read "
            + "files over " + MAX_BYTES + " bytes (10 MiB)"));
  }

  /** A syntax error at {@code offset}, with the line and column of the UTF-8 text before it. */
  private static Diagnostic notText(String message, byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {  // count characters, not UTF-8 continuation bytes
        column++;
      }
    }
    return Diagnostic.error(Rule.JSON_SYNTAX.id(), Rule.JSON_SYNTAX.layer(), "", message).at(line, column);
  }
}
