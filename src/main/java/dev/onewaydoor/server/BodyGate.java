package dev.onewaydoor.server;

import dev.onewaydoor.github.WebhookSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Reads webhook bodies before the route sees them, without a thread waiting on the socket:
 * Jetty calls back as bytes arrive, so clients that trickle a body hold a connection, not a
 * thread. What the headers alone settle needs no storage: no or a malformed signature (401),
 * no event or delivery id (400); such bodies are read and dropped before the answer, so that
 * clients that send their whole body before reading see it (a client that asked
 * {@code Expect: 100-continue} is answered at once and never sends it). A declared length over
 * {@link #MAX_BODY} is answered 413 at once. Other bodies go into a {@link SpooledBody} (heap
 * and disk budgets shared by all requests, 503 when both are spent) and must arrive within
 * {@link #DEADLINE} (408): GitHub itself gives up on a delivery after 10 s. The route then
 * gets the body and its HMAC as the request attribute {@link #ATTRIBUTE}.
 */
final class BodyGate extends Handler.Wrapper {
  private static final Logger LOG = LoggerFactory.getLogger(BodyGate.class);
  /** GitHub caps deliveries at 25 MB. */
  static final long MAX_BODY = 26L * 1024 * 1024;
  static final Duration DEADLINE = Duration.ofSeconds(10);
  static final String ATTRIBUTE = "onewaydoor.body";

  /** A body that arrived whole, with the HMAC of its bytes. */
  record Received(SpooledBody body, byte[] digest) {}

  private final String path;
  private final WebhookSignature signature;
  private final SpooledBody.Budgets budgets;

  BodyGate(String webhookPath, WebhookSignature signature, SpooledBody.Budgets budgets) {
    this.path = trimSlash(webhookPath);
    this.signature = signature;
    this.budgets = budgets;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!"POST".equals(request.getMethod()) || !path.equals(trimSlash(request.getHttpURI().getCanonicalPath()))) {
      return super.handle(request, response, callback);
    }
    if (request.getLength() > MAX_BODY) {
      reply(response, callback, 413, "the body is larger than GitHub's 25 MB limit");
      return true;
    }
    int status = 0;
    String message = null;
    if (!WebhookSignature.wellFormed(request.getHeaders().get("X-Hub-Signature-256"))) {
      status = 401;
      message = "missing or wrong X-Hub-Signature-256";
    } else if (blank(request.getHeaders().get("X-GitHub-Event")) || blank(delivery(request))) {
      status = 400;
      message = "X-GitHub-Event and X-GitHub-Delivery are required";
    }
    if (status != 0 && expectsContinue(request)) {
      reply(response, callback, status, message); // the client waits for a go-ahead: it never sends the body
      return true;
    }
    Reader reader = new Reader(request, response, callback);
    if (status != 0) reader.refuse(status, message);
    reader.run();
    return true;
  }

  private static boolean expectsContinue(Request request) {
    return "100-continue".equalsIgnoreCase(request.getHeaders().get(HttpHeader.EXPECT));
  }

  /** Reads one body chunk by chunk as Jetty makes them available. */
  private final class Reader implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final SpooledBody body;
    private final Scheduler.Task deadline;
    private final AtomicBoolean ended = new AtomicBoolean();
    /** The answer already decided: the rest of the body is read only to be dropped. */
    private volatile int refusal;
    private volatile String refusalMessage;

    Reader(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.body = new SpooledBody(budgets, signature.start(), request.getLength());
      this.deadline = request.getComponents().getScheduler().schedule(this::expire, DEADLINE);
    }

    @Override
    public void run() {
      while (!ended.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          aborted(chunk.getFailure());
          return;
        }
        try {
          if (refusal == 0 && chunk.hasRemaining()) body.write(chunk.getByteBuffer());
          if (body.length() > MAX_BODY) {
            end(413, "the body is larger than GitHub's 25 MB limit");
            return;
          }
        } catch (SpooledBody.Busy e) {
          LOG.warn("delivery {} refused: {}", delivery(request), e.getMessage());
          refuse(503, "too many deliveries in flight; redeliver it later");
        } catch (IOException e) {
          LOG.error("delivery {} could not be stored while it arrived", delivery(request), e);
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
      deadline.cancel();
      Callback freeing = Callback.from(callback, body::close);
      try {
        request.setAttribute(ATTRIBUTE, new Received(body, body.finish()));
        if (!BodyGate.super.handle(request, response, freeing)) Response.writeError(request, response, freeing, 404);
      } catch (Throwable t) {
        freeing.failed(t);
      }
    }

    private void expire() {
      try (MDC.MDCCloseable m = MDC.putCloseable("delivery", delivery(request))) {
        LOG.info("a webhook body was not received within {} s ({} bytes came); answered 408", DEADLINE.toSeconds(),
            body.length());
      }
      end(408, "the body did not arrive within " + DEADLINE.toSeconds() + " s");
    }

    /** The client went away (or the read failed): one line, no stack trace, nothing to answer. */
    private void aborted(Throwable failure) {
      if (!ended.compareAndSet(false, true)) return;
      deadline.cancel();
      try (MDC.MDCCloseable m = MDC.putCloseable("delivery", delivery(request))) {
        LOG.info("webhook upload aborted after {} bytes: {}", body.length(), failure.toString());
      }
      body.close();
      callback.failed(failure);
    }

    private void end(int status, String message) {
      if (!ended.compareAndSet(false, true)) return;
      deadline.cancel();
      body.close();
      reply(response, callback, status, message);
    }
  }

  private static void reply(Response response, Callback callback, int status, String message) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    Content.Sink.write(response, true, "{\"message\":\"" + message + "\"}", callback);
  }

  private static String delivery(Request request) {
    return request.getHeaders().get("X-GitHub-Delivery");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimSlash(String p) {
    return p != null && p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
