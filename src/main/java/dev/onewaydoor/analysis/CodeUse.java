package dev.onewaydoor.analysis;

/**
 * A place in the application's code that uses a schema name, as found by a code scan: where
 * (the line's text as {@code at.text()}), whether the context ties it to the table for sure,
 * and in what context ("SQL naming reservations").
 */
public record CodeUse(Source at, boolean certain, String why) {}
