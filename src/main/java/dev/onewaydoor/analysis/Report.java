package dev.onewaydoor.analysis;

import java.util.List;

/**
 * The result of one analysis: findings in file and line order, and how much was read.
 *
 * @param migrations migrations analysed as new, edited or deleted
 * @param statements statements read, history included
 */
public record Report(List<Finding> findings, int migrations, int statements) {

  public long blockingCount() {
    return findings.stream().filter(Finding::blocking).count();
  }

  public boolean hasBlocking() {
    return findings.stream().anyMatch(Finding::blocking);
  }
}
