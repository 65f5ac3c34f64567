package dev.baton.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles sources with the processor in a real javac, and reads what it produced. */
final class Compiled {
  private Compiled() {}

  /** Compiles {@code sources} (pairs of qualified name and text) with the processor and these options. */
  static Compilation compile(String[] options, JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new BatonProcessor()).withOptions((Object[]) options).compile(sources);
  }

  /** Compiles with the processor and no options. */
  static Compilation compile(JavaFileObject... sources) {
    return compile(new String[0], sources);
  }

  /** A source file. */
  static JavaFileObject source(String qualifiedName, String text) {
    return JavaFileObjects.forSourceString(qualifiedName, text);
  }

  /** A test resource as text. */
  static String resource(String name) {
    try (InputStream in = Compiled.class.getResourceAsStream("/" + name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a generated resource in the class output, if any. */
  static Optional<String> generatedResource(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(file -> {
      try {
        return file.getCharContent(true).toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** A class loader over the compilation's class output, parented by the test's class path. */
  static ClassLoader classLoader(Compilation compilation) {
    return new ClassLoader(Compiled.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
        if (file.isEmpty()) {
          throw new ClassNotFoundException(name);
        }
        try (InputStream in = file.get().openInputStream()) {
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }

      @Override
      protected URL findResource(String name) {
        return null;
      }

      @Override
      public InputStream getResourceAsStream(String name) {
        Optional<JavaFileObject> file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT, name);
        if (file.isPresent()) {
          try {
            return file.get().openInputStream();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return super.getResourceAsStream(name);
      }
    };
  }
}
