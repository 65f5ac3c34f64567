package dev.baton.benchmarks.processor;

import dev.baton.processor.BatonProcessor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a {@link GeneratedProject} with the JDK's javac in this process, with or without Baton's processor. */
public final class ProjectCompiler {
  private final List<JavaFileObject> sources = new ArrayList<>();
  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();

  /** A compiler of these sources. */
  public ProjectCompiler(List<GeneratedProject.Source> project) {
    for (GeneratedProject.Source source : project) {
      URI uri = URI.create("string:///" + source.className().replace('.', '/') + ".java");
      sources.add(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source.text();
        }
      });
    }
  }

  /**
   * Compiles every source into a fresh directory under {@code work}, then deletes it.
   *
   * @param withProcessor whether Baton's processor runs (else {@code -proc:none})
   * @return the number of files written (classes, generated sources and resources)
   * @throws IllegalStateException with javac's messages when the project does not compile
   */
  public int compile(Path work, boolean withProcessor) {
    return compile(work, withProcessor, List.of());
  }

  /**
   * Compiles every source into a fresh directory under {@code work}, with extra javac options (such
   * as {@code -Abaton.flow=false}), then deletes it.
   */
  public int compile(Path work, boolean withProcessor, List<String> extraOptions) {
    return compile(work, withProcessor ? BatonProcessor::new : null, extraOptions);
  }

  /**
   * Compiles every source into a fresh directory under {@code work} with the processor that
   * {@code processor} makes ({@code -proc:none} when it is null), then deletes it.
   */
  public int compile(Path work, Supplier<Processor> processor, List<String> extraOptions) {
    try {
      Path out = Files.createTempDirectory(work, processor != null ? "with" : "without");
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, null)) {
        run(files, out, processor, extraOptions);
        return count(out);
      } finally {
        delete(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One compilation of every source through {@code files}, with the same options for both variants. */
  private void run(JavaFileManager files, Path out, Supplier<Processor> processor, List<String> extraOptions) {
    List<String> options = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-s", out.toString(),
        "-classpath", System.getProperty("java.class.path"), "-implicit:none", "-Xlint:none"));
    if (processor == null) {
      options.add("-proc:none");
    }
    options.addAll(extraOptions);
    StringWriter messages = new StringWriter();
    JavaCompiler.CompilationTask task = javac.getTask(messages, files, null, options, null, sources);
    if (processor != null) {
      task.setProcessors(List.of(processor.get()));
    }
    if (!task.call()) {
      throw new IllegalStateException("the generated project does not compile:\n" + messages);
    }
  }

  /**
   * Compiles every source with every output (classes, generated sources, resources) kept in memory
   * instead of on disk, for both variants alike: what javac and the processor cost without the
   * file system. On the benchmark machine creating a file costs about a millisecond of CPU time
   * (a micro-VM), which would otherwise dominate what is measured.
   *
   * @return the number of files written
   */
  public int compileInMemory(Path work, boolean withProcessor, List<String> extraOptions) {
    return compileInMemory(work, withProcessor ? BatonProcessor::new : null, extraOptions);
  }

  /** {@link #compileInMemory(Path, boolean, List)} with the processor that {@code processor} makes (none when null). */
  public int compileInMemory(Path work, Supplier<Processor> processor, List<String> extraOptions) {
    try {
      Path out = Files.createTempDirectory(work, processor != null ? "with" : "without");
      try (StandardJavaFileManager standard = javac.getStandardFileManager(null, Locale.ROOT, null)) {
        MemoryFileManager files = new MemoryFileManager(standard);
        run(files, out, processor, extraOptions);
        return files.outputs.size();
      } finally {
        delete(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps every output in memory; inputs come from the standard file manager. */
  private static final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {
    final java.util.Map<URI, MemoryFile> outputs = new java.util.HashMap<>();

    MemoryFileManager(StandardJavaFileManager standard) {
      super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
        FileObject sibling) {
      return output(URI.create("mem:///" + location.getName() + "/" + className.replace('.', '/') + kind.extension), kind);
    }

    @Override
    public FileObject getFileForOutput(Location location, String packageName, String relativeName, FileObject sibling) {
      String dir = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
      return output(URI.create("mem:///" + location.getName() + "/" + dir + relativeName), JavaFileObject.Kind.OTHER);
    }

    private MemoryFile output(URI uri, JavaFileObject.Kind kind) {
      MemoryFile file = new MemoryFile(uri, kind);
      outputs.put(uri, file);
      return file;
    }
  }

  /** An output file held in memory. */
  private static final class MemoryFile extends SimpleJavaFileObject {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    MemoryFile(URI uri, JavaFileObject.Kind kind) {
      super(uri, kind);
    }

    @Override
    public OutputStream openOutputStream() {
      bytes.reset();
      return bytes;
    }

    @Override
    public Writer openWriter() {
      return new OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
    }

    @Override
    public InputStream openInputStream() {
      return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return bytes.toString(StandardCharsets.UTF_8);
    }
  }

  private static int count(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return (int) files.filter(Files::isRegularFile).count();
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
