package dev.baton.annotations;

import dev.baton.model.StateMachine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads the index of {@link Workflow} methods that Baton's processor writes to {@value #RESOURCE}
 * (one {@code binary.ClassName#method=name} per line, {@code #} lines are comments), from every
 * jar and directory of a class loader, and runs the methods.
 *
 * <pre>{@code
 * for (WorkflowIndex.Entry entry : WorkflowIndex.read(classLoader)) {
 *   Files.writeString(dir.resolve(entry.name() + ".asl.json"), entry.build(classLoader).toJson());
 * }
 * }</pre>
 */
public final class WorkflowIndex {
  /** Where the index is in a jar or class directory. */
  public static final String RESOURCE = "META-INF/baton/workflows.index";

  private WorkflowIndex() {}

  /**
   * One indexed workflow method.
   *
   * @param className the binary name of the declaring class
   * @param method the static method's name
   * @param name the workflow's name ({@link Workflow#name()})
   */
  public record Entry(String className, String method, String name) {
    /** Creates an entry. */
    public Entry {
      Objects.requireNonNull(className, "className");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(name, "name");
    }

    /** The index line for this entry: {@code className#method=name}. */
    public String line() {
      return className + "#" + method + "=" + name;
    }

    /** Parses one index line. */
    public static Entry parse(String line) {
      int hash = line.indexOf('#');
      int equals = line.indexOf('=', hash + 1);
      if (hash <= 0 || equals <= hash + 1 || equals == line.length() - 1) {
        throw new IllegalArgumentException("not a workflow index line (expected class#method=name): '" + line + "'");
      }
      return new Entry(line.substring(0, hash), line.substring(hash + 1, equals), line.substring(equals + 1));
    }

    /**
     * Calls the method with {@code loader} and returns its state machine.
     *
     * @throws IllegalStateException naming the method when it cannot be called or fails
     */
    public StateMachine build(ClassLoader loader) {
      String where = className + "#" + method + "()";
      try {
        Method m = Class.forName(className, true, loader).getDeclaredMethod(method);
        if (!Modifier.isStatic(m.getModifiers()) || !StateMachine.class.isAssignableFrom(m.getReturnType())) {
          throw new IllegalStateException(where + " must be static and return a StateMachine");
        }
        m.setAccessible(true);
        return (StateMachine) m.invoke(null);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(where + " failed: " + e.getCause(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot call " + where + " listed in " + RESOURCE + ": " + e, e);
      }
    }
  }

  /** Every entry of every index visible to {@code loader}, without duplicates, in class-path order. */
  public static List<Entry> read(ClassLoader loader) {
    Set<Entry> entries = new LinkedHashSet<>();
    try {
      Enumeration<URL> urls = loader.getResources(RESOURCE);
      while (urls.hasMoreElements()) {
        URL url = urls.nextElement();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
          for (String line : in.lines().toList()) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
              entries.add(Entry.parse(trimmed));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new ArrayList<>(entries);
  }
}
