package dev.onewaydoor.github;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onewaydoor.limits.CappedInput;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends REST requests to GitHub with OkHttp: JSON in and out, the API version header,
 * retries per {@link RetryPolicy}, and {@code Link} pagination. Never logs or echoes the
 * token it is given.
 */
public final class GitHubHttp {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
  static final ObjectMapper MAPPER = new ObjectMapper();
  /** No JSON answer we use comes near this; a larger one is a fault, not something to buffer. */
  static final long MAX_JSON_BYTES = 32L << 20;

  private final OkHttpClient client;
  private final HttpUrl base;
  private final RetryPolicy retry;
  private final Sleeper sleeper;

  public GitHubHttp(OkHttpClient client, String apiUrl, Clock clock, Sleeper sleeper) {
    this.client = client;
    this.base = HttpUrl.get(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
    this.retry = new RetryPolicy(clock);
    this.sleeper = sleeper;
  }

  /** A decoded answer. {@code json} is null for empty or non-JSON bodies. */
  public record Answer(int status, JsonNode json, byte[] body, String next) {}

  /** Consumes a successful answer's body as a stream; it must not keep the stream. */
  @FunctionalInterface
  public interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  public Answer get(String path, String auth) throws GitHubException {
    return send("GET", url(path), null, auth, "application/vnd.github+json");
  }

  /** GET of raw file bytes ({@code application/vnd.github.raw+json}); null on 404. */
  public byte[] getRaw(String path, String auth) throws GitHubException {
    return getRaw(path, auth, MAX_JSON_BYTES);
  }

  /**
   * GET of raw file bytes, at most {@code maxBytes} of them: a larger file ends the download
   * early with {@link GitHubException#tooLarge()}. Null on 404.
   */
  public byte[] getRaw(String path, String auth, long maxBytes) throws GitHubException {
    try {
      return stream(path, auth, "application/vnd.github.raw+json", in -> CappedInput.readAll(in, maxBytes, path));
    } catch (GitHubException e) {
      if (e.status() == 404) return null;
      throw e;
    }
  }

  /**
   * GETs {@code path} (following redirects, as the archive endpoints need) and hands the
   * body to {@code reader} as it arrives. Connection failures and 5xx before the body are
   * retried; a failure while reading is not (the reader may have consumed part of it).
   */
  public <T> T stream(String path, String auth, String accept, BodyReader<T> reader) throws GitHubException {
    return execute("GET", url(path), null, auth, accept, reader);
  }

  public Answer send(String method, String path, Object body, String auth) throws GitHubException {
    return send(method, url(path), body, auth, "application/vnd.github+json");
  }

  /** GETs every page of a list endpoint ({@code per_page=100}) and returns the items. */
  public List<JsonNode> getAll(String path, String auth, String arrayField) throws GitHubException {
    List<JsonNode> items = new ArrayList<>();
    HttpUrl next = url(path).newBuilder().setQueryParameter("per_page", "100").build();
    for (int page = 0; next != null && page < 100; page++) {
      Answer a = send("GET", next, null, auth, "application/vnd.github+json");
      JsonNode list = arrayField == null ? a.json() : a.json().get(arrayField);
      if (list != null) list.forEach(items::add);
      next = a.next() == null ? null : sameHost(HttpUrl.parse(a.next()));
    }
    return items;
  }

  private HttpUrl sameHost(HttpUrl u) {
    // Follow pagination only to the API host: a Link header must not redirect our token.
    return u != null && u.host().equals(base.host()) && u.port() == base.port() ? u : null;
  }

  private HttpUrl url(String path) {
    HttpUrl u = HttpUrl.parse(base + (path.startsWith("/") ? path.substring(1) : path));
    if (u == null) throw new IllegalArgumentException("bad GitHub path " + path);
    return u;
  }

  private Answer send(String method, HttpUrl url, Object body, String auth, String accept) throws GitHubException {
    return execute(method, url, body, auth, accept, null);
  }

  /** Sends with retries; with a {@code reader}, a successful body is streamed to it instead of decoded. */
  @SuppressWarnings("unchecked")
  private <T> T execute(String method, HttpUrl url, Object body, String auth, String accept, BodyReader<T> reader)
      throws GitHubException {
    Request request = request(method, url, body, auth, accept);
    String what = method + " " + url.encodedPath();
    for (int attempt = 1; ; attempt++) {
      long wait;
      String failure;
      try (Response r = client.newCall(request).execute()) {
        if (r.isSuccessful()) {
          if (reader != null) return read(r, reader, what);
          return (T) answer(r, CappedInput.readAll(r.body().byteStream(), MAX_JSON_BYTES, what));
        }
        byte[] bytes = CappedInput.readAll(r.body().byteStream(), 64 * 1024, what);
        failure = what + " answered " + r.code() + message(bytes);
        if (!RetryPolicy.retryable(r) || attempt >= RetryPolicy.MAX_ATTEMPTS) {
          throw new GitHubException(r.code(), failure);
        }
        wait = retry.delay(r, attempt);
        if (wait > RetryPolicy.MAX_WAIT_MS) {
          throw new GitHubException(r.code(), failure + "; rate limited for " + wait / 1000 + " s more");
        }
      } catch (CappedInput.TooLarge e) {
        throw GitHubException.tooLarge(e.getMessage());
      } catch (IOException e) {
        failure = what + " failed: " + e.getClass().getSimpleName();
        if (attempt >= RetryPolicy.MAX_ATTEMPTS) throw new GitHubException(0, failure);
        wait = retry.delay(null, attempt);
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new GitHubException(0, failure + "; interrupted while waiting to retry");
      }
    }
  }

  private static <T> T read(Response r, BodyReader<T> reader, String what) throws GitHubException {
    try {
      return reader.read(r.body().byteStream());
    } catch (CappedInput.TooLarge e) {
      throw GitHubException.tooLarge(e.getMessage());
    } catch (IOException e) {
      throw new GitHubException(0, what + " failed while reading: " + e.getMessage());
    }
  }

  private static Request request(String method, HttpUrl url, Object body, String auth, String accept) {
    RequestBody requestBody = null;
    if (body != null) {
      try {
        requestBody = RequestBody.create(MAPPER.writeValueAsBytes(body), JSON);
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot encode request body", e);
      }
    } else if (!method.equals("GET") && !method.equals("DELETE")) {
      requestBody = RequestBody.create(new byte[0], JSON);
    }
    return new Request.Builder().url(url).method(method, requestBody)
        .header("Accept", accept)
        .header("X-GitHub-Api-Version", "2022-11-28")
        .header("User-Agent", "OneWayDoor")
        .header("Authorization", auth)
        .build();
  }

  private static Answer answer(Response r, byte[] bytes) {
    JsonNode json = null;
    String type = r.header("Content-Type", "");
    if (bytes.length > 0 && type.contains("json") && !type.contains("raw")) {
      try {
        json = MAPPER.readTree(bytes);
      } catch (IOException e) {
        json = null;
      }
    }
    String next = null;
    String link = r.header("Link");
    if (link != null) {
      Matcher m = NEXT.matcher(link);
      if (m.find()) next = m.group(1);
    }
    return new Answer(r.code(), json, bytes, next);
  }

  private static String message(byte[] body) {
    try {
      JsonNode n = MAPPER.readTree(body);
      return n != null && n.has("message") ? ": " + n.get("message").asText() : "";
    } catch (IOException e) {
      return "";
    }
  }
}
