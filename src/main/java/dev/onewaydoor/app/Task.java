package dev.onewaydoor.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A small queued job not tied to a head SHA: label set-up, re-run lookups, button clicks. */
final class Task implements JobQueue.Job {
  private static final Logger LOG = LoggerFactory.getLogger(Task.class);

  /** Work that may fail with GitHub or config errors. */
  interface Work {
    void run() throws Exception;
  }

  private final String key;
  private final Work work;

  Task(String key, Work work) {
    this.key = key;
    this.work = work;
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String headSha() {
    return null;
  }

  @Override
  public void run() {
    try {
      work.run();
    } catch (Exception e) {
      // Our own bugs (runtime exceptions) get their stack trace; GitHub's refusals a line.
      LOG.error("{} failed: {}", key, e.toString(), e instanceof RuntimeException ? e : null);
    }
  }
}
