package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static, parameterless method returning a {@link dev.baton.model.StateMachine} built
 * with the DSL. The processor lists every such method in {@code META-INF/baton/workflows.index},
 * which {@link WorkflowIndex} reads, so that tools find every workflow of a project without
 * configuration.
 *
 * <p>The simple name clashes with the DSL's {@link dev.baton.dsl.Workflow} builder; in a class that
 * uses both, write this one qualified ({@code @dev.baton.annotations.Workflow}).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Workflow {
  /** The workflow's name, used for {@code <name>.asl.json}; required, 1 to 80 characters. */
  String name();
}
