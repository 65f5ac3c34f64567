package dev.baton.cli;

/** The exit statuses every {@code baton} command uses. */
public final class ExitStatus {
  /** Everything checked is fine (warnings allowed unless a command's strict option says otherwise). */
  public static final int OK = 0;
  /** An input has problems: a definition with an error, or a file that is not a definition at all. */
  public static final int PROBLEMS = 1;
  /**
   * A usage error (unknown option, missing argument), an I/O error (missing file, a directory), or
   * an internal error.
   */
  public static final int USAGE_OR_IO = 2;

  private ExitStatus() {}
}
