package dev.baton.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter whose argument must be a JSONata expression without its {@code {% %}} delimiters. Baton's annotation processor
 * parses every string literal (or compile-time constant) passed to such a parameter with
 * {@link dev.baton.expr.Jsonata#of} and makes a bad one a javac error on that literal. When a parameter carries
 * several of these markers, the text must be valid for at least one of them.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface JsonataExpression {}
