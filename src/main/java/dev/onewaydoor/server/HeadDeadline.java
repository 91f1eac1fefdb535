package dev.onewaydoor.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes connections that send their request head too slowly. Jetty parses heads without a
 * thread, but a client trickling a byte a second never trips the idle timeout and keeps its
 * connection (a file descriptor, buffers) for hours. A connection between requests — nothing
 * sent yet, or its last response written — must complete its next request head within
 * {@link #DEADLINE}, or it is closed. Once a head has arrived, {@link BodyGate} bounds the body.
 */
final class HeadDeadline extends AbstractLifeCycle implements Connection.Listener {
  static final Duration DEADLINE = Duration.ofSeconds(10);

  /** What a connection had done when it was last seen to make progress. */
  private static final class Watch {
    long requests;
    long responses;
    long since;

    Watch(long now) {
      this.since = now;
    }
  }

  private final Scheduler scheduler;
  private final Map<Connection, Watch> open = new ConcurrentHashMap<>();
  private volatile Scheduler.Task next;

  HeadDeadline(Scheduler scheduler) {
    this.scheduler = scheduler;
  }

  @Override
  public void onOpened(Connection connection) {
    open.put(connection, new Watch(System.nanoTime()));
  }

  @Override
  public void onClosed(Connection connection) {
    open.remove(connection);
  }

  @Override
  protected void doStart() {
    next = scheduler.schedule(this::sweep, 1, TimeUnit.SECONDS);
  }

  @Override
  protected void doStop() {
    if (next != null) next.cancel();
  }

  private void sweep() {
    long now = System.nanoTime();
    open.forEach((c, w) -> {
      long requests = c.getMessagesIn();
      long responses = c.getMessagesOut();
      if (requests != w.requests || responses != w.responses) {
        w.requests = requests;
        w.responses = responses;
        w.since = now;
      } else if (requests == responses && now - w.since > DEADLINE.toNanos()) {
        c.close(); // waiting for a head that does not come
      }
    });
    if (isRunning()) next = scheduler.schedule(this::sweep, 1, TimeUnit.SECONDS);
  }
}
