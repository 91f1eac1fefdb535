package dev.onewaydoor.app;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs review jobs off the request thread. Jobs of one pull request run one at a time; while
 * one runs, only the newest waiting job is kept (an older one is superseded and dropped),
 * and the running job can ask whether a newer head SHA has arrived.
 */
public final class JobQueue {
  private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);

  /** A unit of work for one pull request (or one repository for set-up jobs). */
  public interface Job {
    String key();

    /** The head SHA the job reviews, or null when it is not tied to one. */
    String headSha();

    void run();

    /**
     * Returns the job to keep when this one replaces {@code older} in the waiting slot: by
     * default this one; a job may widen itself so that no work the older one promised is lost.
     */
    default Job supersede(Job older) {
      return this;
    }
  }

  private final ExecutorService pool;
  private final Map<String, Job> waiting = new HashMap<>();
  private final Map<String, String> latestSha = new HashMap<>();
  private final java.util.Set<String> running = new java.util.HashSet<>();

  private volatile Runnable onDrained = () -> { };

  public JobQueue(ExecutorService pool) {
    this.pool = pool;
  }

  /** Called (on a worker thread) each time the last running job finishes and none waits. */
  public void onDrained(Runnable listener) {
    this.onDrained = listener;
  }

  public synchronized void submit(Job job) {
    if (job.headSha() != null) latestSha.put(job.key(), job.headSha());
    if (running.contains(job.key())) {
      Job older = waiting.get(job.key());
      waiting.put(job.key(), older == null ? job : job.supersede(older));
      if (older != null) LOG.debug("superseded a waiting job for {}", job.key());
      return;
    }
    start(job);
  }

  /** True when a job for a newer head SHA of the same pull request has been submitted. */
  public synchronized boolean superseded(String key, String headSha) {
    String latest = latestSha.get(key);
    return headSha != null && latest != null && !latest.equals(headSha);
  }

  private void start(Job job) {
    running.add(job.key());
    try {
      pool.execute(() -> runAndContinue(job));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      running.remove(job.key()); // shutting down: the job is not run
      LOG.warn("job for {} not run: the server is shutting down", job.key());
    }
  }

  private void runAndContinue(Job job) {
    try {
      job.run();
    } catch (RuntimeException e) {
      LOG.error("job for {} failed: {}", job.key(), e.toString());
    } finally {
      if (finished(job.key())) onDrained.run();
    }
  }

  /** Returns true when the queue is now empty. */
  private synchronized boolean finished(String key) {
    running.remove(key);
    Job next = waiting.remove(key);
    if (next != null) start(next);
    else latestSha.remove(key); // nothing left for this PR: keep the map small
    return running.isEmpty() && waiting.isEmpty();
  }

  /** Waits for running jobs to finish, for orderly shutdown and tests. */
  public void shutdown(long seconds) throws InterruptedException {
    pool.shutdown();
    pool.awaitTermination(seconds, TimeUnit.SECONDS);
  }

  /** True when no job runs or waits (tests wait for this). */
  public synchronized boolean idle() {
    return running.isEmpty() && waiting.isEmpty();
  }
}
