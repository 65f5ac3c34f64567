package dev.baton.integrations;

import static dev.baton.integrations.IntegrationPattern.REQUEST_RESPONSE;
import static dev.baton.integrations.IntegrationPattern.WAIT_FOR_TASK_TOKEN;

import dev.baton.model.Template;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Amazon EventBridge PutEvents through {@code arn:aws:states:::events:putEvents}: request-response
 * (default) or {@code .waitForTaskToken}. Sends 1 to 10 {@link Entry entries}.
 */
public final class EventBridge extends ServiceIntegration<EventBridge> {
  /** {@code events:putEvents}: request-response and {@code .waitForTaskToken}; requires {@code Entries}. */
  public static final ServiceAction PUT_EVENTS = ServiceAction.of(
      "events", "putEvents", EnumSet.of(REQUEST_RESPONSE, WAIT_FOR_TASK_TOKEN), "Entries");

  /** The most entries one PutEvents request takes. */
  public static final int MAX_ENTRIES = 10;

  private EventBridge(IntegrationPattern pattern, Map<String, Template> fields) {
    super(PUT_EVENTS, pattern, fields);
  }

  @Override
  protected EventBridge copy(IntegrationPattern pattern, Map<String, Template> fields) {
    return new EventBridge(pattern, fields);
  }

  /**
   * Sends events, request-response.
   *
   * @param first ASL {@code Entries[0]}, required
   * @param more further entries, up to {@value #MAX_ENTRIES} in all
   */
  public static EventBridge putEvents(Entry first, Entry... more) {
    Objects.requireNonNull(first, "first entry");
    List<Entry> entries = new ArrayList<>();
    entries.add(first);
    Collections.addAll(entries, more);
    return new EventBridge(REQUEST_RESPONSE, Map.of()).entries(entries);
  }

  /**
   * ASL {@code Entries}: replaces the entries.
   *
   * @throws IllegalArgumentException when there are none or more than {@value #MAX_ENTRIES}
   */
  public EventBridge entries(List<Entry> entries) {
    Objects.requireNonNull(entries, "entries");
    if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
      throw new IllegalArgumentException(
          "PutEvents takes 1 to " + MAX_ENTRIES + " entries, not " + entries.size());
    }
    List<Template> items = new ArrayList<>();
    for (Entry entry : entries) {
      items.add(Objects.requireNonNull(entry, "entry").toTemplate());
    }
    return with("Entries", new Template.ArrayTemplate(items));
  }

  /**
   * Appends one entry to ASL {@code Entries}.
   *
   * @throws IllegalArgumentException when there are already {@value #MAX_ENTRIES}
   */
  public EventBridge addEntry(Entry entry) {
    Objects.requireNonNull(entry, "entry");
    if (field("Entries").orElse(null) instanceof Template.ArrayTemplate array
        && array.items().size() >= MAX_ENTRIES) {
      throw new IllegalArgumentException("PutEvents takes at most " + MAX_ENTRIES + " entries");
    }
    return withItem("Entries", entry.toTemplate());
  }

  /**
   * An event entry.
   *
   * @param source ASL {@code Source}, required: the event source, e.g. {@code com.example.orders}
   * @param detailType ASL {@code DetailType}, required: the event's type, e.g. {@code OrderPlaced}
   * @param detail ASL {@code Detail}, required: the event body, an object (Step Functions sends its JSON text)
   */
  public static Entry entry(Object source, Object detailType, Object detail) {
    return new Entry(Map.of())
        .with("Source", Fields.requireValue("Source", source))
        .with("DetailType", Fields.requireValue("DetailType", detailType))
        .with("Detail", Fields.toTemplate("Detail", detail));
  }

  /** One immutable PutEvents entry; every setter returns a new entry. */
  public static final class Entry {
    private final Map<String, Template> fields;

    private Entry(Map<String, Template> fields) {
      this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    private Entry with(String field, Object value) {
      Map<String, Template> copy = new LinkedHashMap<>(fields);
      copy.put(field, Fields.toTemplate(field, value));
      return new Entry(copy);
    }

    /** ASL {@code EventBusName}: the bus name or ARN; default the account's {@code default} bus. */
    public Entry eventBusName(Object eventBusName) {
      return with("EventBusName", eventBusName);
    }

    /** ASL {@code Resources}: a list of ARNs the event concerns; optional. */
    public Entry resources(Object resources) {
      return with("Resources", resources);
    }

    /** ASL {@code Time}: the event's timestamp; default the time of the call. */
    public Entry time(Object time) {
      return with("Time", time);
    }

    /** ASL {@code TraceHeader}: the X-Ray trace header; optional. */
    public Entry traceHeader(Object traceHeader) {
      return with("TraceHeader", traceHeader);
    }

    /** The entry as a request object, fields in the order they were set. */
    public Template.ObjectTemplate toTemplate() {
      return new Template.ObjectTemplate(fields);
    }

    /** Two entries are equal when they hold the same fields in the same order. */
    @Override
    public boolean equals(Object other) {
      return other instanceof Entry that
          && fields.equals(that.fields)
          && List.copyOf(fields.keySet()).equals(List.copyOf(that.fields.keySet()));
    }

    @Override
    public int hashCode() {
      return fields.hashCode();
    }

    /** The entry's fields, for messages. */
    @Override
    public String toString() {
      return "Entry" + fields.keySet();
    }
  }
}
