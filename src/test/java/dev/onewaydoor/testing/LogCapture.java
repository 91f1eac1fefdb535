package dev.onewaydoor.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Records what a logger (and those below it) logs, from a level, for tests to assert on. */
public final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {
  private final Logger logger;
  private final Level before;
  private final List<ILoggingEvent> events = new ArrayList<>();

  private LogCapture(String name, Level level) {
    this.logger = (Logger) LoggerFactory.getLogger(name);
    this.before = logger.getLevel();
    logger.setLevel(level);
    setContext(logger.getLoggerContext());
    start();
    logger.addAppender(this);
  }

  /** Captures {@code name} and its children from {@code level} up, until closed. */
  public static LogCapture of(String name, Level level) {
    return new LogCapture(name, level);
  }

  @Override
  protected synchronized void append(ILoggingEvent e) {
    e.prepareForDeferredProcessing(); // keep the MDC and formatted message
    events.add(e);
    notifyAll();
  }

  public synchronized List<ILoggingEvent> events() {
    return List.copyOf(events);
  }

  /** Waits up to {@code seconds} for an event that matches; fails the test when none comes. */
  public synchronized ILoggingEvent await(Predicate<ILoggingEvent> match, long seconds) throws InterruptedException {
    long end = System.currentTimeMillis() + seconds * 1000;
    while (true) {
      for (ILoggingEvent e : events) if (match.test(e)) return e;
      long left = end - System.currentTimeMillis();
      if (left <= 0) throw new AssertionError("no such log line within " + seconds + " s; got: " + lines());
      wait(left);
    }
  }

  public synchronized List<String> lines() {
    List<String> out = new ArrayList<>();
    for (ILoggingEvent e : events) out.add(e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage());
    return out;
  }

  @Override
  public void close() {
    logger.detachAppender(this);
    logger.setLevel(before);
    stop();
  }
}
