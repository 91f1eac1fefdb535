package dev.onewaydoor.server;

import dev.onewaydoor.app.JobQueue;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Reads one webhook body chunk by chunk as Jetty makes them available, into its
 * {@link SpooledBody}, and hands it on once whole. Jetty serves one demand at a time, so the
 * reading runs on one thread at a time; the deadline timer may end the request from another,
 * and whoever ends it first answers.
 */
final class BodyReader implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(BodyReader.class);

  /** Where a body that arrived whole goes next: the rest of the handler chain. */
  interface Next {
    boolean handle(Request request, Response response, Callback callback) throws Exception;
  }

  private final Request request;
  private final Response response;
  private final Callback callback;
  private final SpooledBody body;
  private final Next next;
  private final long begun = System.nanoTime();
  /** Set when the body is not all there at once: most bodies are, and need no timer. */
  private volatile Scheduler.Task deadline;
  private final AtomicBoolean ended = new AtomicBoolean();
  /** The answer already decided: the rest of the body is read only to be dropped. */
  private volatile int refusal;
  private volatile String refusalMessage;

  BodyReader(Request request, Response response, Callback callback, SpooledBody body, Next next) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.body = body;
    this.next = next;
  }

  @Override
  public void run() {
    while (!ended.get()) {
      Content.Chunk chunk = request.read();
      if (chunk == null) {
        if (deadline == null) {
          long left = BodyGate.DEADLINE.toNanos() - (System.nanoTime() - begun);
          deadline = request.getComponents().getScheduler().schedule(this::expire, Math.max(0, left),
              TimeUnit.NANOSECONDS);
        }
        request.demand(this);
        return;
      }
      if (Content.Chunk.isFailure(chunk)) {
        aborted(chunk.getFailure());
        return;
      }
      try {
        if (refusal == 0 && chunk.hasRemaining()) body.write(chunk.getByteBuffer());
        if (body.length() > BodyGate.MAX_BODY) {
          end(413, "the body is larger than GitHub's 25 MB limit");
          return;
        }
      } catch (SpooledBody.Busy e) {
        LOG.warn("delivery {} refused: {}", BodyGate.delivery(request), e.getMessage());
        refuse(503, "too many deliveries in flight; redeliver it later");
      } catch (IOException e) {
        LOG.error("delivery {} could not be stored while it arrived", BodyGate.delivery(request), e);
        end(503, "could not store the delivery; redeliver it later");
        return;
      } finally {
        chunk.release();
      }
      if (chunk.isLast()) {
        if (refusal == 0) arrived();
        else end(refusal, refusalMessage);
        return;
      }
    }
  }

  /** Decides the answer before the body is read: what still comes is dropped, and nothing is kept. */
  void refuse(int status, String message) {
    refusalMessage = message;
    refusal = status;
    body.close();
  }

  /** The whole body is here: hands it to the route, and frees it once the answer is sent. */
  private void arrived() {
    if (!ended.compareAndSet(false, true)) return;
    cancelDeadline();
    Callback freeing = Callback.from(callback, body::close);
    try {
      request.setAttribute(BodyGate.ATTRIBUTE, new BodyGate.Received(body, body.finish()));
      if (!next.handle(request, response, freeing)) Response.writeError(request, response, freeing, 404);
    } catch (Throwable t) {
      freeing.failed(t);
    }
  }

  private void cancelDeadline() {
    Scheduler.Task t = deadline;
    if (t != null) t.cancel();
  }

  private void expire() {
    try (MDC.MDCCloseable m = MDC.putCloseable(JobQueue.DELIVERY, BodyGate.delivery(request))) {
      LOG.info("a webhook body was not received within {} s ({} bytes came); answered 408", BodyGate.DEADLINE.toSeconds(),
          body.length());
    }
    end(408, "the body did not arrive within " + BodyGate.DEADLINE.toSeconds() + " s");
  }

  /** The client went away (or the read failed): one line, no stack trace, nothing to answer. */
  private void aborted(Throwable failure) {
    if (!ended.compareAndSet(false, true)) return;
    cancelDeadline();
    try (MDC.MDCCloseable m = MDC.putCloseable(JobQueue.DELIVERY, BodyGate.delivery(request))) {
      LOG.info("webhook upload aborted after {} bytes: {}", body.length(), failure.toString());
    }
    body.close();
    callback.failed(failure);
  }

  private void end(int status, String message) {
    if (!ended.compareAndSet(false, true)) return;
    cancelDeadline();
    body.close();
    BodyGate.reply(response, callback, status, message);
  }
}
