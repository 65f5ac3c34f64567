/**
 * Typed ASL expressions: JSONPath {@link dev.baton.expr.Path paths} and {@link
 * dev.baton.expr.ReferencePath reference paths}, {@link dev.baton.expr.Intrinsic intrinsic
 * function calls} (built with {@link dev.baton.expr.Intrinsics}) and {@link dev.baton.expr.Jsonata
 * JSONata expressions}.
 *
 * <p>Every expression is parsed and checked when it is created and keeps its original text for
 * writing JSON. Invalid text raises an {@link dev.baton.expr.ExpressionException} that says what is
 * wrong, at which character offset, and how to fix it. The path and intrinsic parsers are
 * hand-written single-pass parsers, because paths are parsed for every field of large workflows.
 */
package dev.baton.expr;
