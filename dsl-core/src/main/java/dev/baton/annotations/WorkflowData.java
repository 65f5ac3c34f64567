package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record or class whose JSON form is workflow data (an execution input, a task result).
 * The processor generates {@code <Name>Paths}: typed paths such as {@code OrderPaths.customer().name()}
 * for {@code $.customer.name}, following records' components and classes' getters (Jackson's
 * {@code @JsonProperty} and {@code @JsonIgnore} honoured), lists and arrays ({@code items().at(0)},
 * {@code items().all()}) and nested {@code @WorkflowData} types. Declared as a
 * {@link StateMachine#inputType()}, the type's shape feeds the data-flow check.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WorkflowData {}
