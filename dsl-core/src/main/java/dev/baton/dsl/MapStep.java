package dev.baton.dsl;

import dev.baton.annotations.ReferencePathExpression;

import dev.baton.expr.Jsonata;
import dev.baton.expr.ReferencePath;
import dev.baton.model.ExecutionType;
import dev.baton.model.ItemBatcher;
import dev.baton.model.ItemReader;
import dev.baton.model.ProcessorMode;
import dev.baton.model.ResultWriter;
import dev.baton.model.Template;
import dev.baton.model.Value;
import java.math.BigDecimal;

/**
 * A Map step: runs its item processor for every item, inline (up to 40 concurrent iterations) or
 * distributed (child executions, with item readers, batching and result writers).
 */
public final class MapStep extends ResilientStep<MapStep> {
  Chainable processor;
  ProcessorMode mode;
  ExecutionType executionType;
  ReferencePath itemsPath;
  Template items;
  Template itemSelector;
  ItemReader itemReader;
  ItemBatcher itemBatcher;
  ResultWriter resultWriter;
  Value<Integer> maxConcurrency;
  ReferencePath maxConcurrencyPath;
  Value<BigDecimal> toleratedFailurePercentage;
  ReferencePath toleratedFailurePercentagePath;
  Value<Integer> toleratedFailureCount;
  ReferencePath toleratedFailureCountPath;
  String label;

  MapStep(String name) {
    super(name);
  }

  /** Sets ASL {@code ItemProcessor}: the steps run for each item (required), in INLINE mode by default. */
  public MapStep itemProcessor(Chainable processor) {
    this.processor = processor;
    return this;
  }

  /** Sets ASL {@code ProcessorConfig} to DISTRIBUTED mode with the given child execution type. */
  public MapStep distributed(ExecutionType executionType) {
    this.mode = ProcessorMode.DISTRIBUTED;
    this.executionType = executionType;
    return this;
  }

  /** Sets ASL {@code ProcessorConfig} Mode to INLINE explicitly. */
  public MapStep inline() {
    this.mode = ProcessorMode.INLINE;
    this.executionType = null;
    return this;
  }

  /** Sets ASL {@code ItemsPath} (JSONPath states): where the items array is in the input; {@code $} by default. */
  public MapStep itemsPath(@ReferencePathExpression String path) {
    this.itemsPath = referencePath("ItemsPath", path);
    return this;
  }

  /** Sets ASL {@code Items} (JSONata states): a JSONata expression or a JSON array. */
  public MapStep items(Object items) {
    Template value = template("Items", items);
    if (!(value instanceof Template.ArrayTemplate) && !(value instanceof Template.JsonataValue)) {
      throw misuse("Items is a JSON array or a JSONata expression (jsonata(\"$states.input.list\")), not " + items);
    }
    this.items = value;
    return this;
  }

  /** Sets ASL {@code ItemSelector}: builds each item's input; paths get {@code .$} keys, {@code $$.Map.Item.Value} is the item. */
  public MapStep itemSelector(Object selector) {
    this.itemSelector = template("ItemSelector", selector);
    return this;
  }

  /** Sets ASL {@code ItemReader}: read the items from a dataset (distributed mode). */
  public MapStep itemReader(ItemReader reader) {
    this.itemReader = reader;
    return this;
  }

  /** Sets ASL {@code ItemBatcher}: process items in batches (distributed mode). */
  public MapStep itemBatcher(ItemBatcher batcher) {
    this.itemBatcher = batcher;
    return this;
  }

  /** Sets ASL {@code ResultWriter}: export results to S3 (distributed mode). */
  public MapStep resultWriter(ResultWriter writer) {
    this.resultWriter = writer;
    return this;
  }

  /** Sets ASL {@code MaxConcurrency}: the most concurrent iterations; 0 (no limit) by default. */
  public MapStep maxConcurrency(int max) {
    if (max < 0) {
      throw misuse("MaxConcurrency must be 0 or more, not " + max);
    }
    this.maxConcurrency = Value.of(max);
    return this;
  }

  /** Sets ASL {@code MaxConcurrency} to a JSONata expression. */
  public MapStep maxConcurrency(Jsonata max) {
    this.maxConcurrency = Value.jsonata(max);
    return this;
  }

  /** Sets ASL {@code MaxConcurrencyPath} (JSONPath states). */
  public MapStep maxConcurrencyPath(@ReferencePathExpression String path) {
    this.maxConcurrencyPath = referencePath("MaxConcurrencyPath", path);
    return this;
  }

  /** Sets ASL {@code ToleratedFailurePercentage} (distributed mode): 0 to 100. */
  public MapStep toleratedFailurePercentage(double percentage) {
    if (!(percentage >= 0 && percentage <= 100)) {
      throw misuse("ToleratedFailurePercentage must be between 0 and 100, not " + percentage);
    }
    this.toleratedFailurePercentage = Value.of(BigDecimal.valueOf(percentage));
    return this;
  }

  /** Sets ASL {@code ToleratedFailurePercentagePath} (distributed mode, JSONPath states). */
  public MapStep toleratedFailurePercentagePath(@ReferencePathExpression String path) {
    this.toleratedFailurePercentagePath = referencePath("ToleratedFailurePercentagePath", path);
    return this;
  }

  /** Sets ASL {@code ToleratedFailureCount} (distributed mode): 0 or more. */
  public MapStep toleratedFailureCount(int count) {
    if (count < 0) {
      throw misuse("ToleratedFailureCount must be 0 or more, not " + count);
    }
    this.toleratedFailureCount = Value.of(count);
    return this;
  }

  /** Sets ASL {@code ToleratedFailureCountPath} (distributed mode, JSONPath states). */
  public MapStep toleratedFailureCountPath(@ReferencePathExpression String path) {
    this.toleratedFailureCountPath = referencePath("ToleratedFailureCountPath", path);
    return this;
  }

  /** Sets ASL {@code Label} (distributed mode): up to 40 characters naming the child executions. */
  public MapStep label(String label) {
    if (label.length() > 40) {
      throw misuse("Label is at most 40 characters, not " + label.length());
    }
    this.label = label;
    return this;
  }

  @Override
  MapStep copyAs(String newName) {
    MapStep copy = new MapStep(newName);
    copyResilientTo(copy);
    copy.processor = processor;
    copy.mode = mode;
    copy.executionType = executionType;
    copy.itemsPath = itemsPath;
    copy.items = items;
    copy.itemSelector = itemSelector;
    copy.itemReader = itemReader;
    copy.itemBatcher = itemBatcher;
    copy.resultWriter = resultWriter;
    copy.maxConcurrency = maxConcurrency;
    copy.maxConcurrencyPath = maxConcurrencyPath;
    copy.toleratedFailurePercentage = toleratedFailurePercentage;
    copy.toleratedFailurePercentagePath = toleratedFailurePercentagePath;
    copy.toleratedFailureCount = toleratedFailureCount;
    copy.toleratedFailureCountPath = toleratedFailureCountPath;
    copy.label = label;
    return copy;
  }
}
