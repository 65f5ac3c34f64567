/**
 * Annotations read by Baton's annotation processor ({@code dsl-processor}) at compile time.
 *
 * <ul>
 *   <li>{@link dev.baton.annotations.WorkflowData} generates typed paths ({@code OrderPaths.customer().name()}).
 *   <li>{@link dev.baton.annotations.PathExpression} and its siblings mark DSL parameters whose string
 *       literals the processor parses at compile time.
 *   <li>{@link dev.baton.annotations.StateMachine} and the state annotations ({@link dev.baton.annotations.Task},
 *       {@link dev.baton.annotations.Choice}, ...) declare a whole workflow, written as
 *       {@code stepfunctions/<name>.asl.json} into the class output.
 *   <li>{@link dev.baton.annotations.Workflow} lists builder methods in an index read by
 *       {@link dev.baton.annotations.WorkflowIndex}.
 * </ul>
 */
package dev.baton.annotations;
