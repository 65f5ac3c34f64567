package dev.baton.processor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.diagnostics.DidYouMean;
import dev.baton.json.JsonPointers;
import dev.baton.processor.Origins.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Reads the states declared by annotations on a type's members into ASL JSON, recording where each
 * part comes from ({@link Origins}) and reporting what can be checked only here: unknown state
 * names with "did you mean", duplicate names, two state annotations on one member, bad JSON text,
 * unknown Choice operators and operands of the wrong type.
 */
final class DeclarationReader {
  static final String PACKAGE = "dev.baton.annotations.";
  /** The state annotations, by simple name, with their ASL {@code Type}. */
  static final Map<String, String> STATE_TYPES = Map.of("Task", "Task", "Pass", "Pass", "Choice", "Choice",
      "Wait", "Wait", "Succeed", "Succeed", "Fail", "Fail", "Parallel", "Parallel", "Map", "Map");
  private static final Set<String> TERMINAL = Set.of("Choice", "Succeed", "Fail");
  private static final Set<String> JSON_VALUED = Set.of("parameters", "arguments", "resultSelector", "assign",
      "result", "itemSelector", "output", "items");
  private static final Set<String> STRUCTURAL = Set.of("name", "next", "end", "branches", "itemProcessor",
      "rules", "defaultNext");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Reporter reporter;
  private final Origins origins;
  private final List<TypeElement> visiting = new ArrayList<>();

  DeclarationReader(Reporter reporter, Origins origins) {
    this.reporter = reporter;
    this.origins = origins;
  }

  /** One declared state: its member, annotation, ASL type and name. */
  private record Declared(Element member, AnnotationMirror annotation, String type, String name) {}

  /**
   * Reads the states declared on {@code type} as an object with {@code StartAt} and {@code States}.
   *
   * @param startAt the declared first state's name and where it is written, or null for the first member
   */
  ObjectNode scope(TypeElement type, String pointer, String startAt, Origin startOrigin) {
    ObjectNode scope = NODES.objectNode();
    if (visiting.contains(type)) {
      reporter.error("BatonRecursiveBranch", "the branch or item processor type " + type.getSimpleName()
          + " contains itself", type, null, null);
      return scope;
    }
    visiting.add(type);
    try {
      Map<String, Declared> states = declared(type);
      if (states.isEmpty()) {
        reporter.error("BatonNoStates", type.getSimpleName() + " declares no state: annotate its fields or methods "
            + "with @Task, @Pass, @Choice, @Wait, @Succeed, @Fail, @Parallel or @Map", type, null, null);
        return scope;
      }
      String first = states.keySet().iterator().next();
      if (startAt != null && !startAt.isEmpty()) {
        if (!states.containsKey(startAt)) {
          unknown(startAt, states.keySet(), "StartAt", startOrigin);
        }
        first = startAt;
      }
      scope.put("StartAt", first);
      ObjectNode written = scope.putObject("States");
      for (Declared state : states.values()) {
        String statePointer = JsonPointers.child(JsonPointers.child(pointer, "States"), state.name);
        origins.put(statePointer, new Origin(state.member, state.annotation, null));
        written.set(state.name, state(state, statePointer, states.keySet()));
      }
      return scope;
    } finally {
      visiting.remove(type);
    }
  }

  private Map<String, Declared> declared(TypeElement type) {
    Map<String, Declared> states = new LinkedHashMap<>();
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() != ElementKind.FIELD && member.getKind() != ElementKind.METHOD) {
        continue;
      }
      Declared found = null;
      for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
        String name = qualifiedName(mirror);
        if (!name.startsWith(PACKAGE) || !STATE_TYPES.containsKey(name.substring(PACKAGE.length()))) {
          continue;
        }
        String stateType = STATE_TYPES.get(name.substring(PACKAGE.length()));
        if (found != null) {
          reporter.error("BatonTwoStates", member.getSimpleName() + " is declared both " + found.type + " and "
              + stateType + "; one member declares one state", member, mirror, null);
          continue;
        }
        found = new Declared(member, mirror, stateType, stateName(member, mirror));
      }
      if (found == null) {
        continue;
      }
      Declared previous = states.putIfAbsent(found.name, found);
      if (previous != null) {
        reporter.error("BatonDuplicateState", "the state name '" + found.name + "' is already declared by "
            + previous.member.getSimpleName() + "; state names are unique in a workflow scope", found.member,
            found.annotation, value(found.annotation, "name"));
      }
    }
    return states;
  }

  private static String stateName(Element member, AnnotationMirror mirror) {
    AnnotationValue name = value(mirror, "name");
    if (name != null && !name.getValue().toString().isEmpty()) {
      return name.getValue().toString();
    }
    if (member instanceof VariableElement field && field.getConstantValue() instanceof String constant) {
      return constant;
    }
    return member.getSimpleName().toString();
  }

  private ObjectNode state(Declared state, String pointer, Set<String> names) {
    ObjectNode json = NODES.objectNode();
    json.put("Type", state.type);
    boolean hasNext = false;
    boolean end = false;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
        : state.annotation.getElementValues().entrySet()) {
      String attribute = e.getKey().getSimpleName().toString();
      AnnotationValue value = e.getValue();
      Origin origin = new Origin(state.member, state.annotation, value);
      String field = aslName(attribute);
      String fieldPointer = JsonPointers.child(pointer, field);
      origins.put(fieldPointer, origin);
      switch (attribute) {
        case "next", "defaultNext" -> {
          String target = value.getValue().toString();
          hasNext |= attribute.equals("next");
          checkTarget(target, names, field, origin);
          json.put(field, target);
        }
        case "end" -> end = Boolean.TRUE.equals(value.getValue());
        case "rules" -> json.set("Choices", rules(state, value, fieldPointer, names));
        case "branches" -> {
          ArrayNode branches = json.putArray("Branches");
          List<?> types = (List<?>) value.getValue();
          for (int i = 0; i < types.size(); i++) {
            AnnotationValue item = (AnnotationValue) types.get(i);
            String branchPointer = JsonPointers.child(fieldPointer, i);
            origins.put(branchPointer, new Origin(state.member, state.annotation, item));
            branches.add(scope(typeOf(item), branchPointer, null, null));
          }
        }
        case "itemProcessor" -> json.set("ItemProcessor", scope(typeOf(value), fieldPointer, null, null));
        case "name" -> { }
        default -> {
          JsonNode node = convert(attribute, value, origin);
          if (node != null) {
            json.set(field, node);
          }
        }
      }
    }
    if (!hasNext && !TERMINAL.contains(state.type) && !json.has("End")) {
      end = true; // as in the DSL: an open end ends the workflow
    }
    if (end) {
      json.put("End", true);
    }
    retriesAndCatches(state, json, pointer, names);
    return json;
  }

  private ArrayNode rules(Declared state, AnnotationValue rules, String pointer, Set<String> names) {
    ArrayNode choices = NODES.arrayNode();
    List<?> items = (List<?>) rules.getValue();
    for (int i = 0; i < items.size(); i++) {
      AnnotationValue item = (AnnotationValue) items.get(i);
      AnnotationMirror rule = (AnnotationMirror) item.getValue();
      String rulePointer = JsonPointers.child(pointer, i);
      origins.put(rulePointer, new Origin(state.member, rule, null));
      choices.add(RuleReader.read(rule, state.member, rulePointer, reporter, origins,
          (target, origin) -> checkTarget(target, names, "Next", origin)));
    }
    return choices;
  }

  private void retriesAndCatches(Declared state, ObjectNode json, String pointer, Set<String> names) {
    List<AnnotationMirror> retries = repeated(state.member, "Retry", "Retries");
    List<AnnotationMirror> catches = repeated(state.member, "Catch", "Catches");
    if ((!retries.isEmpty() || !catches.isEmpty()) && !Set.of("Task", "Parallel", "Map").contains(state.type)) {
      AnnotationMirror misplaced = retries.isEmpty() ? catches.get(0) : retries.get(0);
      reporter.error("BatonMisplacedRetry", "@Retry and @Catch go on a Task, Parallel or Map state, not on the "
          + state.type + " state '" + state.name + "'", state.member, misplaced, null);
      return;
    }
    if (!retries.isEmpty()) {
      ArrayNode array = json.putArray("Retry");
      for (int i = 0; i < retries.size(); i++) {
        array.add(entry(state.member, retries.get(i), JsonPointers.child(pointer + "/Retry", i), names));
      }
    }
    if (!catches.isEmpty()) {
      ArrayNode array = json.putArray("Catch");
      for (int i = 0; i < catches.size(); i++) {
        array.add(entry(state.member, catches.get(i), JsonPointers.child(pointer + "/Catch", i), names));
      }
    }
  }

  private ObjectNode entry(Element member, AnnotationMirror mirror, String pointer, Set<String> names) {
    ObjectNode json = NODES.objectNode();
    origins.put(pointer, new Origin(member, mirror, null));
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      String attribute = e.getKey().getSimpleName().toString();
      Origin origin = new Origin(member, mirror, e.getValue());
      String field = attribute.equals("errors") ? "ErrorEquals" : aslName(attribute);
      origins.put(JsonPointers.child(pointer, field), origin);
      if (attribute.equals("next")) {
        checkTarget(e.getValue().getValue().toString(), names, "Next", origin);
      }
      JsonNode node = convert(attribute, e.getValue(), origin);
      if (node != null) {
        json.set(field, node);
      }
    }
    return json;
  }

  private static List<AnnotationMirror> repeated(Element member, String single, String container) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror mirror : member.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (name.equals(PACKAGE + single)) {
        found.add(mirror);
      } else if (name.equals(PACKAGE + container)) {
        for (Object item : (List<?>) value(mirror, "value").getValue()) {
          found.add((AnnotationMirror) ((AnnotationValue) item).getValue());
        }
      }
    }
    return found;
  }

  void checkTarget(String target, Set<String> names, String field, Origin origin) {
    if (!names.contains(target)) {
      unknown(target, names, field, origin);
    }
  }

  private void unknown(String target, Set<String> names, String field, Origin origin) {
    reporter.error("BatonUnknownState", field + " names the state '" + target + "', which is not declared in this "
        + "scope (declared: " + String.join(", ", names) + ")" + DidYouMean.hint(target, names),
        origin.element(), origin.annotation(), origin.value());
  }

  /** The JSON for an attribute value: JSON text parsed, strings, numbers, booleans and string arrays as they are. */
  JsonNode convert(String attribute, AnnotationValue value, Origin origin) {
    Object v = value.getValue();
    if (JSON_VALUED.contains(attribute)) {
      return json(v.toString(), attribute, origin);
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Double d) {
      return NODES.numberNode(new java.math.BigDecimal(d.toString()));
    }
    if (v instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(item -> array.add(((AnnotationValue) item).getValue().toString()));
      return array;
    }
    return STRUCTURAL.contains(attribute) ? null : NODES.textNode(v.toString());
  }

  /** Parses JSON text; a JSONata template {@code {% ... %}} is a string. */
  JsonNode json(String text, String attribute, Origin origin) {
    String trimmed = text.strip();
    if (trimmed.startsWith("{%") && trimmed.endsWith("%}")) {
      return NODES.textNode(trimmed);
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      reporter.error("BatonBadJson", attribute + " must be JSON text (or a {% ... %} JSONata expression): "
          + e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + " of the text", origin.element(), origin.annotation(), origin.value());
      return null;
    }
  }

  /** The ASL field for an annotation attribute: {@code resultPath} is {@code ResultPath}. */
  static String aslName(String attribute) {
    if (attribute.equals("defaultNext")) {
      return "Default";
    }
    return Character.toUpperCase(attribute.charAt(0)) + attribute.substring(1);
  }

  static TypeElement typeOf(AnnotationValue classValue) {
    return (TypeElement) ((DeclaredType) (TypeMirror) classValue.getValue()).asElement();
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  static AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
