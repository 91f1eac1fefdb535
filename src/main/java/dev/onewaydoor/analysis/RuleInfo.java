package dev.onewaydoor.analysis;

/**
 * A rule's metadata, kept in one place: its id (API: users write it in config and ignore
 * comments), category, default severity, whether its findings block the merge, a one-line
 * summary without trailing period, and the short imperative help shown with each finding.
 */
public record RuleInfo(String id, Category category, Severity severity, boolean blocking, String summary,
    String help) {}
