package dev.onewaydoor.github;

import java.util.List;

/** A repository tree at one commit: every blob with its path and SHA. */
public record Tree(List<Entry> entries, boolean truncated) {
  public record Entry(String path, String sha, long size) {}
}
