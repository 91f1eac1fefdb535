package dev.onewaydoor.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A webhook client on a plain socket, for what well-behaved HTTP clients do not do: stall, trickle, vanish. */
final class RawClient implements AutoCloseable {
  final Socket socket;
  final OutputStream out;

  RawClient(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    out = socket.getOutputStream();
  }

  /** The request head of a webhook POST declaring {@code length} body bytes (a well-formed, wrong signature). */
  static String head(String delivery, long length) {
    return "POST /api/github/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        + "X-GitHub-Event: pull_request\r\nX-GitHub-Delivery: " + delivery + "\r\n"
        + "X-Hub-Signature-256: sha256=" + "0".repeat(64) + "\r\nContent-Length: " + length + "\r\n\r\n";
  }

  void send(String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /** Reads until the server closes the connection or {@code seconds} pass; returns what came. */
  String readAll(int seconds) throws IOException {
    socket.setSoTimeout(seconds * 1000);
    InputStream in = socket.getInputStream();
    StringBuilder sb = new StringBuilder();
    byte[] buf = new byte[4096];
    try {
      for (int n; (n = in.read(buf)) != -1; ) sb.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
    } catch (java.net.SocketTimeoutException e) {
      sb.append("[timeout]");
    } catch (IOException e) {
      sb.append("[reset]"); // a server closing on unread bytes may reset the connection
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
