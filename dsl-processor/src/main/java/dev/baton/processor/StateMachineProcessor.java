package dev.baton.processor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.baton.diagnostics.Diagnostic;
import dev.baton.flow.FlowHints;
import dev.baton.processor.Origins.Origin;
import dev.baton.validate.ValidationOptions;
import dev.baton.validate.ValidationResult;
import dev.baton.validate.Validator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Turns a {@code @StateMachine} type into ASL JSON: reads its states ({@link DeclarationReader}),
 * validates the definition with the same {@link Validator} as everywhere else (flow included, with
 * the declared input type's shape), reports every finding on the annotation value it comes from,
 * and, when there is no error, writes {@code stepfunctions/<name>.asl.json} into the class output
 * and generates {@code <Type>Workflow} whose {@code stateMachine()} returns the same model.
 */
final class StateMachineProcessor {
  static final String STATE_MACHINE = "dev.baton.annotations.StateMachine";
  private static final ClassName MODEL = ClassName.get("dev.baton.model", "StateMachine");
  private static final ClassName RESOURCES = ClassName.get("dev.baton.annotations", "WorkflowResources");

  private final ProcessingEnvironment env;
  private final Reporter reporter;
  private final MirrorShapes shapes;
  private final boolean flow;
  private final java.util.Map<String, TypeElement> names = new java.util.HashMap<>();

  StateMachineProcessor(ProcessingEnvironment env, Reporter reporter, MirrorShapes shapes, boolean flow) {
    this.env = env;
    this.reporter = reporter;
    this.shapes = shapes;
    this.flow = flow;
  }

  /** Validates and writes one {@code @StateMachine} type. */
  void process(TypeElement type) throws IOException {
    AnnotationMirror annotation = type.getAnnotationMirrors().stream()
        .filter(m -> DeclarationReader.qualifiedName(m).equals(STATE_MACHINE)).findFirst().orElseThrow();
    AnnotationValue nameValue = DeclarationReader.value(annotation, "name");
    if (nameValue == null) {
      return; // javac already reports the missing name
    }
    String name = nameValue.getValue().toString();
    if (!name.matches("[A-Za-z0-9_.-]{1,80}")) {
      reporter.error("BatonBadWorkflowName", "the workflow name '" + name + "' must be 1 to 80 letters, digits, "
          + "'-', '_' or '.', since it names the file stepfunctions/<name>.asl.json", type, annotation, nameValue);
      return;
    }
    TypeElement previous = names.putIfAbsent(name, type);
    if (previous != null && !previous.equals(type)) {
      reporter.error("BatonDuplicateWorkflow", "the workflow name '" + name + "' is already used by "
          + previous.getQualifiedName(), type, annotation, nameValue);
      return;
    }
    int errorsBefore = reporter.errorCount();
    Origins origins = new Origins();
    origins.put("", new Origin(type, annotation, null));
    AnnotationValue startAt = DeclarationReader.value(annotation, "startAt");
    ObjectNode definition = new DeclarationReader(reporter, origins).scope(type, "",
        startAt == null ? null : startAt.getValue().toString(), new Origin(type, annotation, startAt));
    ObjectNode top = definition.objectNode();
    putText(top, "Comment", annotation, "comment");
    putText(top, "Version", annotation, "version");
    putText(top, "QueryLanguage", annotation, "queryLanguage");
    AnnotationValue timeout = DeclarationReader.value(annotation, "timeoutSeconds");
    if (timeout != null) {
      top.put("TimeoutSeconds", (Integer) timeout.getValue());
    }
    top.setAll(definition);
    for (String field : new String[] {"Comment", "Version", "QueryLanguage", "TimeoutSeconds"}) {
      AnnotationValue v = DeclarationReader.value(annotation, Character.toLowerCase(field.charAt(0)) + field.substring(1));
      origins.put("/" + field, new Origin(type, annotation, v));
    }
    if (reporter.errorCount() > errorsBefore) {
      return; // what the annotations say is already wrong; the validator would only repeat it
    }
    FlowHints hints = FlowHints.none();
    AnnotationValue inputType = DeclarationReader.value(annotation, "inputType");
    if (inputType != null && ((TypeMirror) inputType.getValue()).getKind() != TypeKind.VOID) {
      hints = hints.withInput(shapes.of((TypeMirror) inputType.getValue()));
    }
    ValidationResult result = Validator.validate(top.toPrettyString(), new ValidationOptions(flow, hints));
    for (Diagnostic d : result.diagnostics()) {
      Origin origin = origins.find(d.pointer());
      String message = d.message() + (d.pointer().isEmpty() ? "" : " (at " + d.pointer() + ")");
      if (d.isError()) {
        reporter.error(d.rule(), message, origin.element(), origin.annotation(), origin.value());
      } else {
        reporter.warning(d.rule(), message, origin.element(), origin.annotation(), origin.value());
      }
    }
    if (reporter.errorCount() > errorsBefore || result.stateMachine().isEmpty()) {
      return;
    }
    String json = result.stateMachine().get().toJson();
    String resource = "stepfunctions/" + name + ".asl.json";
    FileObject file = env.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", resource, type);
    try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
      out.write(json);
    }
    generateClass(type, name, resource).writeTo(env.getFiler());
  }

  private static void putText(ObjectNode top, String field, AnnotationMirror annotation, String attribute) {
    AnnotationValue value = DeclarationReader.value(annotation, attribute);
    if (value != null && !value.getValue().toString().isEmpty()) {
      top.put(field, value.getValue().toString());
    }
  }

  /** {@code <Type>Workflow}: the name, the resource, and {@code stateMachine()} reading it from the class path. */
  private JavaFile generateClass(TypeElement type, String name, String resource) {
    java.util.List<String> names = new java.util.ArrayList<>();
    for (javax.lang.model.element.Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      names.add(0, t.getSimpleName().toString());
    }
    // Flow.A becomes Flow_AWorkflow: a top-level class, so that it needs no edit of the user's type
    ClassName generated = ClassName.get(env.getElementUtils().getPackageOf(type).getQualifiedName().toString(),
        String.join("_", names) + "Workflow");
    TypeSpec spec = TypeSpec.classBuilder(generated)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addOriginatingElement(type)
        .addJavadoc("The workflow {@code $L} declared by {@link $T}, generated by Baton. Do not edit.\n", name,
            ClassName.get(type))
        .addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The workflow's name.\n").initializer("$S", name).build())
        .addField(FieldSpec.builder(String.class, "RESOURCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Where its ASL JSON is on the class path.\n").initializer("$S", resource).build())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(MethodSpec.methodBuilder("stateMachine")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(MODEL)
            .addJavadoc("The workflow as a model, read from the JSON the processor validated and wrote.\n")
            .addStatement("return $T.fromJson(json())", MODEL)
            .build())
        .addMethod(MethodSpec.methodBuilder("json")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(String.class)
            .addJavadoc("The workflow's ASL JSON, as written at compile time.\n")
            // the reading is in dsl-core: the generated class stays small (javac compiles it in every build)
            .addStatement("return $T.json($T.class, RESOURCE)", RESOURCES, generated)
            .build())
        .build();
    return JavaFile.builder(generated.packageName(), spec)
        .addFileComment("Generated by Baton's annotation processor from $L. Do not edit.", type.getQualifiedName())
        .skipJavaLangImports(true)
        .build();
  }
}
