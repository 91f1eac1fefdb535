package dev.onewaydoor.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Runs review jobs off the request thread. Jobs of one pull request run one at a time; while
 * one runs, only the newest waiting job is kept (an older one is superseded and dropped),
 * and the running job can ask whether a newer head SHA has arrived.
 *
 * <p>A job runs with the logging context (MDC) of the code that submitted it, so the id of the
 * delivery that caused it ({@link #DELIVERY}) is on every line it logs, and jobs it submits
 * carry it on. The queue tells a {@link Listener} when a delivery's first job starts and when
 * the last of its jobs is done.
 */
public final class JobQueue {
  private static final Logger LOG = LoggerFactory.getLogger(JobQueue.class);
  /** The MDC key of the webhook delivery id, set at intake and carried to every job. */
  public static final String DELIVERY = "delivery";

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

  /** Hears about deliveries' work; called on worker threads, never under the queue's lock. */
  public interface Listener {
    /** The first job of {@code delivery} is about to run (once per delivery and process). */
    void started(String delivery);

    /** No job of {@code delivery} runs or waits any more (it ran, or a newer job replaced it). */
    void finished(String delivery);
  }

  /** A job with the logging context it was submitted in. */
  private record Entry(Job job, Map<String, String> context) {
    String delivery() {
      return context.get(DELIVERY);
    }
  }

  private final ExecutorService pool;
  private final Map<String, Entry> waiting = new HashMap<>();
  private final Map<String, String> latestSha = new HashMap<>();
  private final Set<String> running = new HashSet<>();
  private final Map<String, Integer> pendingPerDelivery = new HashMap<>();
  private final Set<String> begun = new HashSet<>();
  private volatile Listener listener = new Listener() {
    public void started(String delivery) { }

    public void finished(String delivery) { }
  };

  public JobQueue(ExecutorService pool) {
    this.pool = pool;
  }

  public void listen(Listener listener) {
    this.listener = listener;
  }

  public void submit(Job job) {
    Map<String, String> context = MDC.getCopyOfContextMap();
    Entry entry = new Entry(job, context == null ? Map.of() : context);
    String dropped = null;
    synchronized (this) {
      count(entry.delivery(), +1);
      if (job.headSha() != null) latestSha.put(job.key(), job.headSha());
      if (running.contains(job.key())) {
        Entry older = waiting.get(job.key());
        waiting.put(job.key(), older == null ? entry : new Entry(job.supersede(older.job()), entry.context()));
        if (older != null) {
          LOG.debug("superseded a waiting job for {}", job.key());
          dropped = count(older.delivery(), -1) ? older.delivery() : null;
        }
      } else {
        start(entry);
      }
    }
    if (dropped != null) listener.finished(dropped);
  }

  /** True when a job for a newer head SHA of the same pull request has been submitted. */
  public synchronized boolean superseded(String key, String headSha) {
    String latest = latestSha.get(key);
    return headSha != null && latest != null && !latest.equals(headSha);
  }

  /** Waits until no job of {@code delivery} runs or waits; false when {@code millis} passed first. */
  public synchronized boolean awaitDone(String delivery, long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (pendingPerDelivery.containsKey(delivery)) {
      long left = end - System.currentTimeMillis();
      if (left <= 0) return false;
      wait(left);
    }
    return true;
  }

  private void start(Entry entry) {
    running.add(entry.job().key());
    try {
      pool.execute(() -> runAndContinue(entry));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // Shutting down: the job is not run, and its delivery stays in the inbox for the next process.
      running.remove(entry.job().key());
      LOG.warn("job for {} not run: the server is shutting down", entry.job().key());
    }
  }

  private void runAndContinue(Entry entry) {
    MDC.setContextMap(entry.context());
    try {
      if (firstStart(entry.delivery())) listener.started(entry.delivery());
      entry.job().run();
    } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
      // Jobs report GitHub's failures themselves: what reaches here is a bug of ours.
      LOG.error("internal error in the job for {}", entry.job().key(), e);
    } finally {
      List<String> done = finished(entry);
      done.forEach(listener::finished);
      MDC.clear();
    }
  }

  private synchronized boolean firstStart(String delivery) {
    return delivery != null && begun.add(delivery);
  }

  /** Starts the next waiting job of the same key; returns the deliveries now done. */
  private synchronized List<String> finished(Entry entry) {
    String key = entry.job().key();
    running.remove(key);
    Entry next = waiting.remove(key);
    if (next != null) start(next);
    else latestSha.remove(key); // nothing left for this PR: keep the map small
    List<String> done = new ArrayList<>();
    if (count(entry.delivery(), -1)) done.add(entry.delivery());
    return done;
  }

  /** Adjusts a delivery's count of pending jobs; true when it dropped to zero. */
  private boolean count(String delivery, int delta) {
    if (delivery == null) return false;
    int left = pendingPerDelivery.merge(delivery, delta, Integer::sum);
    if (left > 0) return false;
    pendingPerDelivery.remove(delivery);
    begun.remove(delivery);
    notifyAll();
    return true;
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
