package dev.baton.model;

import dev.baton.expr.Path;
import dev.baton.expr.ReferencePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code Map} state: runs its item processor for each item of an array or a dataset.
 * 
 * <p>Distributed-mode fields ({@code ItemReader}, {@code ItemBatcher}, {@code ResultWriter},
 * {@code ToleratedFailure...}, {@code Label}) apply when the processor's mode is DISTRIBUTED.
 */
public final class MapState implements State {
  private final String name;
  private final String comment;
  private final QueryLanguage queryLanguage;
  private final ItemProcessor itemProcessor;
  private final ItemProcessor iterator;
  private final ItemReader itemReader;
  private final Template items;
  private final ReferencePath itemsPath;
  private final Template itemSelector;
  private final Template legacyParameters;
  private final ItemBatcher itemBatcher;
  private final ResultWriter resultWriter;
  private final Value<Integer> maxConcurrency;
  private final ReferencePath maxConcurrencyPath;
  private final Value<java.math.BigDecimal> toleratedFailurePercentage;
  private final ReferencePath toleratedFailurePercentagePath;
  private final Value<Integer> toleratedFailureCount;
  private final ReferencePath toleratedFailureCountPath;
  private final String label;
  private final NullablePath<Path> inputPath;
  private final Template resultSelector;
  private final NullablePath<ReferencePath> resultPath;
  private final NullablePath<Path> outputPath;
  private final Template output;
  private final Template assign;
  private final List<Retrier> retry;
  private final List<Catcher> catchers;
  private final String next;
  private final Boolean end;

  private MapState(Builder b) {
    this.name = Objects.requireNonNull(b.name, "MapState: name is required");
    this.comment = b.comment;
    this.queryLanguage = b.queryLanguage;
    this.itemProcessor = b.itemProcessor;
    this.iterator = b.iterator;
    this.itemReader = b.itemReader;
    this.items = b.items;
    this.itemsPath = b.itemsPath;
    this.itemSelector = b.itemSelector;
    this.legacyParameters = b.legacyParameters;
    this.itemBatcher = b.itemBatcher;
    this.resultWriter = b.resultWriter;
    this.maxConcurrency = b.maxConcurrency;
    this.maxConcurrencyPath = b.maxConcurrencyPath;
    this.toleratedFailurePercentage = b.toleratedFailurePercentage;
    this.toleratedFailurePercentagePath = b.toleratedFailurePercentagePath;
    this.toleratedFailureCount = b.toleratedFailureCount;
    this.toleratedFailureCountPath = b.toleratedFailureCountPath;
    this.label = b.label;
    this.inputPath = b.inputPath;
    this.resultSelector = b.resultSelector;
    this.resultPath = b.resultPath;
    this.outputPath = b.outputPath;
    this.output = b.output;
    this.assign = b.assign;
    this.retry = List.copyOf(b.retry);
    this.catchers = List.copyOf(b.catchers);
    this.next = b.next;
    this.end = b.end;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The state's name, unique in the state machine. */
  public String name() {
    return name;
  }

  /** A human-readable description; none by default. ASL {@code Comment}. */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  /** The state's query language; inherited from the state machine when absent. ASL {@code QueryLanguage}. */
  public Optional<QueryLanguage> queryLanguage() {
    return Optional.ofNullable(queryLanguage);
  }

  /** The per-item workflow (required unless the legacy Iterator is used). ASL {@code ItemProcessor}. */
  public Optional<ItemProcessor> itemProcessor() {
    return Optional.ofNullable(itemProcessor);
  }

  /** The legacy form of ItemProcessor; kept as written. ASL {@code Iterator}. */
  public Optional<ItemProcessor> iterator() {
    return Optional.ofNullable(iterator);
  }

  /** Reads items from a dataset (distributed mode). ASL {@code ItemReader}. */
  public Optional<ItemReader> itemReader() {
    return Optional.ofNullable(itemReader);
  }

  /** The items (JSONata states): an array or an expression; the input by default. ASL {@code Items}. */
  public Optional<Template> items() {
    return Optional.ofNullable(items);
  }

  /** Where the items array is in the input (JSONPath states); {@code $} by default. ASL {@code ItemsPath}. */
  public Optional<ReferencePath> itemsPath() {
    return Optional.ofNullable(itemsPath);
  }

  /** Builds each item's input. ASL {@code ItemSelector}. */
  public Optional<Template> itemSelector() {
    return Optional.ofNullable(itemSelector);
  }

  /** The legacy form of ItemSelector; kept as written. ASL {@code Parameters}. */
  public Optional<Template> legacyParameters() {
    return Optional.ofNullable(legacyParameters);
  }

  /** Batches items (distributed mode). ASL {@code ItemBatcher}. */
  public Optional<ItemBatcher> itemBatcher() {
    return Optional.ofNullable(itemBatcher);
  }

  /** Exports results (distributed mode). ASL {@code ResultWriter}. */
  public Optional<ResultWriter> resultWriter() {
    return Optional.ofNullable(resultWriter);
  }

  /** The most iterations at once; 0 (no limit) by default. ASL {@code MaxConcurrency}. */
  public Optional<Value<Integer>> maxConcurrency() {
    return Optional.ofNullable(maxConcurrency);
  }

  /** Where to read MaxConcurrency (JSONPath states). ASL {@code MaxConcurrencyPath}. */
  public Optional<ReferencePath> maxConcurrencyPath() {
    return Optional.ofNullable(maxConcurrencyPath);
  }

  /** The percentage of failed items tolerated, 0 to 100; 0 by default. ASL {@code ToleratedFailurePercentage}. */
  public Optional<Value<java.math.BigDecimal>> toleratedFailurePercentage() {
    return Optional.ofNullable(toleratedFailurePercentage);
  }

  /** Where to read it (JSONPath states). ASL {@code ToleratedFailurePercentagePath}. */
  public Optional<ReferencePath> toleratedFailurePercentagePath() {
    return Optional.ofNullable(toleratedFailurePercentagePath);
  }

  /** The number of failed items tolerated; 0 by default. ASL {@code ToleratedFailureCount}. */
  public Optional<Value<Integer>> toleratedFailureCount() {
    return Optional.ofNullable(toleratedFailureCount);
  }

  /** Where to read it (JSONPath states). ASL {@code ToleratedFailureCountPath}. */
  public Optional<ReferencePath> toleratedFailureCountPath() {
    return Optional.ofNullable(toleratedFailureCountPath);
  }

  /** A label for child executions (distributed mode), up to 40 characters. ASL {@code Label}. */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /** Selects the state's input (JSONPath states); {@code $} when absent. ASL {@code InputPath}. */
  public Optional<NullablePath<Path>> inputPath() {
    return Optional.ofNullable(inputPath);
  }

  /** The payload template applied to the result (JSONPath states). ASL {@code ResultSelector}. */
  public Optional<Template> resultSelector() {
    return Optional.ofNullable(resultSelector);
  }

  /** Where the result goes in the input (JSONPath states); {@code $} (replace the input) when absent. ASL {@code ResultPath}. */
  public Optional<NullablePath<ReferencePath>> resultPath() {
    return Optional.ofNullable(resultPath);
  }

  /** Selects the state's output (JSONPath states); {@code $} when absent. ASL {@code OutputPath}. */
  public Optional<NullablePath<Path>> outputPath() {
    return Optional.ofNullable(outputPath);
  }

  /** The state's output (JSONata states); the result, or the input when there is none, by default. ASL {@code Output}. */
  public Optional<Template> output() {
    return Optional.ofNullable(output);
  }

  /** Variables to assign when the state completes; none by default. ASL {@code Assign}. */
  public Optional<Template> assign() {
    return Optional.ofNullable(assign);
  }

  /** The retriers, tried in order. ASL {@code Retry}. Empty when absent. */
  public List<Retrier> retry() {
    return retry;
  }

  /** The catchers, tried in order after retries are exhausted. ASL {@code Catch}. Empty when absent. */
  public List<Catcher> catchers() {
    return catchers;
  }

  /** The name of the next state; absent on an End state. ASL {@code Next}. */
  public Optional<String> next() {
    return Optional.ofNullable(next);
  }

  /** Whether the state ends its scope; absent means false. ASL {@code End}. */
  public Optional<Boolean> end() {
    return Optional.ofNullable(end);
  }

  @Override
  public StateType type() {
    return StateType.MAP;
  }

  @Override
  public List<String> transitions() {
    return Transitions.of(next, catchers);
  }

  @Override
  public boolean isTerminal() {
    return Boolean.TRUE.equals(end);
  }

  /** A builder holding this value's fields, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.comment = comment;
    b.queryLanguage = queryLanguage;
    b.itemProcessor = itemProcessor;
    b.iterator = iterator;
    b.itemReader = itemReader;
    b.items = items;
    b.itemsPath = itemsPath;
    b.itemSelector = itemSelector;
    b.legacyParameters = legacyParameters;
    b.itemBatcher = itemBatcher;
    b.resultWriter = resultWriter;
    b.maxConcurrency = maxConcurrency;
    b.maxConcurrencyPath = maxConcurrencyPath;
    b.toleratedFailurePercentage = toleratedFailurePercentage;
    b.toleratedFailurePercentagePath = toleratedFailurePercentagePath;
    b.toleratedFailureCount = toleratedFailureCount;
    b.toleratedFailureCountPath = toleratedFailureCountPath;
    b.label = label;
    b.inputPath = inputPath;
    b.resultSelector = resultSelector;
    b.resultPath = resultPath;
    b.outputPath = outputPath;
    b.output = output;
    b.assign = assign;
    b.retry = retry;
    b.catchers = catchers;
    b.next = next;
    b.end = end;
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MapState other
        && Objects.equals(name, other.name)
        && Objects.equals(comment, other.comment)
        && Objects.equals(queryLanguage, other.queryLanguage)
        && Objects.equals(itemProcessor, other.itemProcessor)
        && Objects.equals(iterator, other.iterator)
        && Objects.equals(itemReader, other.itemReader)
        && Objects.equals(items, other.items)
        && Objects.equals(itemsPath, other.itemsPath)
        && Objects.equals(itemSelector, other.itemSelector)
        && Objects.equals(legacyParameters, other.legacyParameters)
        && Objects.equals(itemBatcher, other.itemBatcher)
        && Objects.equals(resultWriter, other.resultWriter)
        && Objects.equals(maxConcurrency, other.maxConcurrency)
        && Objects.equals(maxConcurrencyPath, other.maxConcurrencyPath)
        && Objects.equals(toleratedFailurePercentage, other.toleratedFailurePercentage)
        && Objects.equals(toleratedFailurePercentagePath, other.toleratedFailurePercentagePath)
        && Objects.equals(toleratedFailureCount, other.toleratedFailureCount)
        && Objects.equals(toleratedFailureCountPath, other.toleratedFailureCountPath)
        && Objects.equals(label, other.label)
        && Objects.equals(inputPath, other.inputPath)
        && Objects.equals(resultSelector, other.resultSelector)
        && Objects.equals(resultPath, other.resultPath)
        && Objects.equals(outputPath, other.outputPath)
        && Objects.equals(output, other.output)
        && Objects.equals(assign, other.assign)
        && Objects.equals(retry, other.retry)
        && Objects.equals(catchers, other.catchers)
        && Objects.equals(next, other.next)
        && Objects.equals(end, other.end);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, comment, queryLanguage, itemProcessor, iterator, itemReader, items, itemsPath, itemSelector, legacyParameters, itemBatcher, resultWriter, maxConcurrency, maxConcurrencyPath, toleratedFailurePercentage, toleratedFailurePercentagePath, toleratedFailureCount, toleratedFailureCountPath, label, inputPath, resultSelector, resultPath, outputPath, output, assign, retry, catchers, next, end);
  }

  @Override
  public String toString() {
    return "MapState[" + name + "]";
  }

  /** Builds a {@link MapState}; collection setters copy what they are given. */
  public static final class Builder {
    private String name;
    private String comment;
    private QueryLanguage queryLanguage;
    private ItemProcessor itemProcessor;
    private ItemProcessor iterator;
    private ItemReader itemReader;
    private Template items;
    private ReferencePath itemsPath;
    private Template itemSelector;
    private Template legacyParameters;
    private ItemBatcher itemBatcher;
    private ResultWriter resultWriter;
    private Value<Integer> maxConcurrency;
    private ReferencePath maxConcurrencyPath;
    private Value<java.math.BigDecimal> toleratedFailurePercentage;
    private ReferencePath toleratedFailurePercentagePath;
    private Value<Integer> toleratedFailureCount;
    private ReferencePath toleratedFailureCountPath;
    private String label;
    private NullablePath<Path> inputPath;
    private Template resultSelector;
    private NullablePath<ReferencePath> resultPath;
    private NullablePath<Path> outputPath;
    private Template output;
    private Template assign;
    private List<Retrier> retry = List.of();
    private List<Catcher> catchers = List.of();
    private String next;
    private Boolean end;

    private Builder() {}

    /** Sets name. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** Sets ASL {@code Comment}; {@code null} unsets it. */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** Sets ASL {@code QueryLanguage}; {@code null} unsets it. */
    public Builder queryLanguage(QueryLanguage queryLanguage) {
      this.queryLanguage = queryLanguage;
      return this;
    }

    /** Sets ASL {@code ItemProcessor}; {@code null} unsets it. */
    public Builder itemProcessor(ItemProcessor itemProcessor) {
      this.itemProcessor = itemProcessor;
      return this;
    }

    /** Sets ASL {@code Iterator}; {@code null} unsets it. */
    public Builder iterator(ItemProcessor iterator) {
      this.iterator = iterator;
      return this;
    }

    /** Sets ASL {@code ItemReader}; {@code null} unsets it. */
    public Builder itemReader(ItemReader itemReader) {
      this.itemReader = itemReader;
      return this;
    }

    /** Sets ASL {@code Items}; {@code null} unsets it. */
    public Builder items(Template items) {
      this.items = items;
      return this;
    }

    /** Sets ASL {@code ItemsPath}; {@code null} unsets it. */
    public Builder itemsPath(ReferencePath itemsPath) {
      this.itemsPath = itemsPath;
      return this;
    }

    /** Sets ASL {@code ItemSelector}; {@code null} unsets it. */
    public Builder itemSelector(Template itemSelector) {
      this.itemSelector = itemSelector;
      return this;
    }

    /** Sets ASL {@code Parameters}; {@code null} unsets it. */
    public Builder legacyParameters(Template legacyParameters) {
      this.legacyParameters = legacyParameters;
      return this;
    }

    /** Sets ASL {@code ItemBatcher}; {@code null} unsets it. */
    public Builder itemBatcher(ItemBatcher itemBatcher) {
      this.itemBatcher = itemBatcher;
      return this;
    }

    /** Sets ASL {@code ResultWriter}; {@code null} unsets it. */
    public Builder resultWriter(ResultWriter resultWriter) {
      this.resultWriter = resultWriter;
      return this;
    }

    /** Sets ASL {@code MaxConcurrency}; {@code null} unsets it. */
    public Builder maxConcurrency(Value<Integer> maxConcurrency) {
      this.maxConcurrency = maxConcurrency;
      return this;
    }

    /** Sets ASL {@code MaxConcurrencyPath}; {@code null} unsets it. */
    public Builder maxConcurrencyPath(ReferencePath maxConcurrencyPath) {
      this.maxConcurrencyPath = maxConcurrencyPath;
      return this;
    }

    /** Sets ASL {@code ToleratedFailurePercentage}; {@code null} unsets it. */
    public Builder toleratedFailurePercentage(Value<java.math.BigDecimal> toleratedFailurePercentage) {
      this.toleratedFailurePercentage = toleratedFailurePercentage;
      return this;
    }

    /** Sets ASL {@code ToleratedFailurePercentagePath}; {@code null} unsets it. */
    public Builder toleratedFailurePercentagePath(ReferencePath toleratedFailurePercentagePath) {
      this.toleratedFailurePercentagePath = toleratedFailurePercentagePath;
      return this;
    }

    /** Sets ASL {@code ToleratedFailureCount}; {@code null} unsets it. */
    public Builder toleratedFailureCount(Value<Integer> toleratedFailureCount) {
      this.toleratedFailureCount = toleratedFailureCount;
      return this;
    }

    /** Sets ASL {@code ToleratedFailureCountPath}; {@code null} unsets it. */
    public Builder toleratedFailureCountPath(ReferencePath toleratedFailureCountPath) {
      this.toleratedFailureCountPath = toleratedFailureCountPath;
      return this;
    }

    /** Sets ASL {@code Label}; {@code null} unsets it. */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /** Sets ASL {@code InputPath}; {@code null} unsets it. */
    public Builder inputPath(NullablePath<Path> inputPath) {
      this.inputPath = inputPath;
      return this;
    }

    /** Sets ASL {@code ResultSelector}; {@code null} unsets it. */
    public Builder resultSelector(Template resultSelector) {
      this.resultSelector = resultSelector;
      return this;
    }

    /** Sets ASL {@code ResultPath}; {@code null} unsets it. */
    public Builder resultPath(NullablePath<ReferencePath> resultPath) {
      this.resultPath = resultPath;
      return this;
    }

    /** Sets ASL {@code OutputPath}; {@code null} unsets it. */
    public Builder outputPath(NullablePath<Path> outputPath) {
      this.outputPath = outputPath;
      return this;
    }

    /** Sets ASL {@code Output}; {@code null} unsets it. */
    public Builder output(Template output) {
      this.output = output;
      return this;
    }

    /** Sets ASL {@code Assign}; {@code null} unsets it. */
    public Builder assign(Template assign) {
      this.assign = assign;
      return this;
    }

    /** Replaces ASL {@code Retry}. */
    public Builder retry(List<Retrier> retry) {
      this.retry = List.copyOf(retry);
      return this;
    }

    /** Replaces ASL {@code Catch}. */
    public Builder catchers(List<Catcher> catchers) {
      this.catchers = List.copyOf(catchers);
      return this;
    }

    /** Sets ASL {@code Next}; {@code null} unsets it. */
    public Builder next(String next) {
      this.next = next;
      return this;
    }

    /** Sets ASL {@code End}; {@code null} unsets it. */
    public Builder end(Boolean end) {
      this.end = end;
      return this;
    }

    /** Builds the MapState. */
    public MapState build() {
      return new MapState(this);
    }
  }
}
