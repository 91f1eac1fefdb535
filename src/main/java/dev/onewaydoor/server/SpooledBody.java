package dev.onewaydoor.server;

import dev.onewaydoor.limits.ByteBudget;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.crypto.Mac;

/**
 * One webhook body as it arrives: up to {@link #MEMORY_PART} bytes on the heap, the rest in a
 * spool file, each within a {@link ByteBudget} shared by all requests. The HMAC is updated on
 * the way, so a body is never held whole on the heap before its signature is checked, and
 * concurrent 25 MB bodies cost disk, not memory.
 */
final class SpooledBody implements AutoCloseable {
  /** Bodies up to this size stay on the heap (typical deliveries are 5–60 KB). */
  static final int MEMORY_PART = 1 << 20;
  private static final int FIRST_GROWTH = 16 * 1024;

  /** The budgets all bodies share, and the folder spool files go to. */
  record Budgets(ByteBudget memory, ByteBudget disk, Path spoolDir) {}

  /** No budget left for this body: answered 503, so that GitHub's redelivery may try again. */
  static final class Busy extends IOException {
    Busy(String message) {
      super(message);
    }
  }

  private final Budgets budgets;
  private final Mac mac;
  private final boolean heapAllowed;
  private byte[] memory = new byte[0];
  private int size;
  private Path file;
  private FileChannel channel;
  private long fileBytes;
  private byte[] digest;
  private boolean closed;

  /** {@code expectedLength} is the Content-Length, or -1 when the body is chunked. */
  SpooledBody(Budgets budgets, Mac mac, long expectedLength) {
    this.budgets = budgets;
    this.mac = mac;
    // A body known to be large goes to disk from its first byte: the heap budget is kept for
    // the many small deliveries.
    this.heapAllowed = expectedLength <= MEMORY_PART;
    if (expectedLength > 0 && heapAllowed && budgets.memory().tryAcquire(expectedLength)) {
      memory = new byte[(int) expectedLength];
    }
  }

  /** Appends a chunk; throws {@link Busy} when neither budget has room for it. */
  synchronized void write(ByteBuffer chunk) throws IOException {
    if (closed) throw new IOException("the body was already released");
    mac.update(chunk.duplicate());
    int n = chunk.remaining();
    if (channel == null && heapAllowed && fitsOnHeap(n)) {
      chunk.duplicate().get(memory, size, n);
      size += n;
      return;
    }
    if (!budgets.disk().tryAcquire(n)) throw new Busy("no room to spool the body (" + budgets.disk() + ")");
    fileBytes += n;
    if (channel == null) {
      file = Files.createTempFile(budgets.spoolDir(), "body-", ".part");
      channel = FileChannel.open(file, StandardOpenOption.WRITE);
    }
    ByteBuffer b = chunk.duplicate();
    while (b.hasRemaining()) channel.write(b);
  }

  /** True when {@code n} more bytes fit on the heap, growing it within the budget if needed. */
  private boolean fitsOnHeap(int n) {
    if (size + n <= memory.length) return true;
    if (size + n > MEMORY_PART) return false;
    int target = Math.min(Math.max(Math.max(size + n, 2 * memory.length), FIRST_GROWTH), MEMORY_PART);
    if (!budgets.memory().tryAcquire(target - memory.length)) return false;
    byte[] bigger = new byte[target];
    System.arraycopy(memory, 0, bigger, 0, size);
    memory = bigger;
    return true;
  }

  /** The whole body has arrived: returns its HMAC. */
  byte[] finish() throws IOException {
    if (channel != null) channel.close();
    if (digest == null) digest = mac.doFinal();
    return digest;
  }

  synchronized long length() {
    return size + fileBytes;
  }

  /** True when the body is all on the heap: {@link #heap()} then holds it. */
  boolean onHeap() {
    return file == null;
  }

  byte[] heap() {
    return memory;
  }

  int heapSize() {
    return size;
  }

  /** Reads the body from its start. */
  InputStream open() throws IOException {
    InputStream head = new ByteArrayInputStream(memory, 0, size);
    return file == null ? head : new SequenceInputStream(head, Files.newInputStream(file));
  }

  /** Gives the budgets back and deletes the spool file; safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    budgets.memory().release(memory.length);
    memory = new byte[0];
    budgets.disk().release(fileBytes);
    try {
      if (channel != null) channel.close();
      if (file != null) Files.deleteIfExists(file);
    } catch (IOException e) {
      // a spool file left behind is removed at the next start
    }
  }
}
