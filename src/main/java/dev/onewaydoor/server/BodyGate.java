package dev.onewaydoor.server;

import dev.onewaydoor.github.WebhookSignature;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

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
    SpooledBody body = new SpooledBody(budgets, signature.start(), request.getLength());
    BodyReader reader = new BodyReader(request, response, callback, body, super::handle);
    if (status != 0) reader.refuse(status, message);
    reader.run();
    return true;
  }

  private static boolean expectsContinue(Request request) {
    return "100-continue".equalsIgnoreCase(request.getHeaders().get(HttpHeader.EXPECT));
  }

  static void reply(Response response, Callback callback, int status, String message) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    Content.Sink.write(response, true, "{\"message\":\"" + message + "\"}", callback);
  }

  static String delivery(Request request) {
    return request.getHeaders().get("X-GitHub-Delivery");
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trimSlash(String p) {
    return p != null && p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }
}
