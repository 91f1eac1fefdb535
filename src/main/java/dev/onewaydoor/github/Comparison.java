package dev.onewaydoor.github;

import java.util.List;

/**
 * What changed from a base commit to a head commit ({@code base...head}: from their merge
 * base). GitHub lists at most {@link #FILE_CAP} files and says nothing when it stops there,
 * so a list that long is taken as {@code truncated}: the caller must find the change another
 * way, never review the partial list.
 */
public record Comparison(String baseSha, String headSha, String mergeBaseSha, List<ChangedFile> files,
    boolean truncated) {
  /** The most files the compare API lists (its documented and observed limit). */
  public static final int FILE_CAP = 300;

  public Comparison {
    files = List.copyOf(files);
  }
}
