package dev.onewaydoor.github;

/** An inline review comment on {@code line} of the new file (side RIGHT), which must be in the diff. */
public record ReviewComment(String path, int line, String body) {}
