package dev.onewaydoor.snapshot;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A strict reader of tar archives as {@code git archive} writes them (ustar with pax and GNU
 * long-name headers). It trusts nothing an archive says: header checksums are verified, sizes
 * are only ever used to skip or to bound a read, a stream that ends early is an error (never
 * a shorter archive), and the archive must end with its zero block.
 */
final class TarReader {
  /** One entry; {@code type} is the tar type flag ('0' regular file, '2' symlink, '5' directory…). */
  record Entry(String name, char type, long size) {
    boolean regularFile() {
      return type == '0' || type == '\0' || type == '7';
    }
  }

  private static final int BLOCK = 512;
  private final InputStream in;
  private final byte[] header = new byte[BLOCK];
  private long remaining;
  private long padding;

  TarReader(InputStream in) {
    this.in = in;
  }

  /** The next entry, or null at the end of the archive; the previous entry's data is skipped. */
  Entry next() throws IOException {
    String longName = null;
    long paxSize = -1;
    while (true) {
      skip(remaining + padding);
      remaining = 0;
      padding = 0;
      readFully(header);
      if (allZero(header)) return null;
      verifyChecksum();
      char type = (char) header[156];
      long size = number(124, 12);
      if (size < 0) throw new IOException("corrupt tar header: negative size");
      remaining = size;
      padding = (BLOCK - size % BLOCK) % BLOCK;
      if (type == 'x' || type == 'L') {
        if (size > 64 * 1024) throw new IOException("tar extended header larger than 64 KB");
        byte[] data = readData((int) size);
        if (type == 'L') {
          longName = cString(data, 0, data.length);
        } else {
          String path = pax(data, "path");
          if (path != null) longName = path;
          String sz = pax(data, "size");
          if (sz != null) paxSize = parseLong(sz);
        }
        continue;
      }
      if (type == 'g') continue; // global header: git puts the commit id there
      String name = longName != null ? longName : ustarName();
      if (paxSize >= 0) {
        remaining = paxSize;
        padding = (BLOCK - paxSize % BLOCK) % BLOCK;
      }
      return new Entry(name, type, remaining);
    }
  }

  /** The current entry's data: exactly its declared size, or an error if the archive ends first. */
  InputStream data() {
    return new InputStream() {
      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (remaining == 0) return -1;
        int n = in.read(b, off, (int) Math.min(len, remaining));
        if (n < 0) throw new EOFException("the archive ended inside an entry");
        remaining -= n;
        return n;
      }
    };
  }

  private byte[] readData(int size) throws IOException {
    byte[] data = new byte[size];
    readFully(data);
    remaining = 0;
    return data;
  }

  private String ustarName() {
    String name = cString(header, 0, 100);
    String magic = cString(header, 257, 6);
    String prefix = magic.startsWith("ustar") ? cString(header, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  private void verifyChecksum() throws IOException {
    long stored = number(148, 8);
    long sum = 0;
    for (int i = 0; i < BLOCK; i++) sum += (i >= 148 && i < 156) ? ' ' : (header[i] & 0xff);
    if (sum != stored) throw new IOException("corrupt tar header: bad checksum");
  }

  /** An octal field, or GNU base-256 when the high bit is set. */
  private long number(int off, int len) throws IOException {
    if ((header[off] & 0x80) != 0) {
      long v = header[off] & 0x7f;
      for (int i = 1; i < len; i++) {
        if (v > (Long.MAX_VALUE >> 8)) throw new IOException("corrupt tar header: number too large");
        v = (v << 8) | (header[off + i] & 0xff);
      }
      return v;
    }
    String s = cString(header, off, len).trim();
    if (s.isEmpty()) return 0;
    try {
      return Long.parseLong(s, 8);
    } catch (NumberFormatException e) {
      throw new IOException("corrupt tar header: bad number '" + s + "'");
    }
  }

  /** A value of a pax extended header ({@code "LEN key=value\n"} records). */
  private static String pax(byte[] data, String key) throws IOException {
    int i = 0;
    while (i < data.length) {
      int space = i;
      while (space < data.length && data[space] != ' ') space++;
      long len = parseLong(new String(data, i, space - i, StandardCharsets.US_ASCII));
      if (len <= 0 || i + len > data.length) throw new IOException("corrupt pax header");
      String record = new String(data, space + 1, (int) (i + len - space - 2), StandardCharsets.UTF_8);
      int eq = record.indexOf('=');
      if (eq > 0 && record.substring(0, eq).equals(key)) return record.substring(eq + 1);
      i += (int) len;
    }
    return null;
  }

  private static long parseLong(String s) throws IOException {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      throw new IOException("corrupt pax header: bad number");
    }
  }

  private static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) end++;
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  private static boolean allZero(byte[] b) {
    for (byte x : b) if (x != 0) return false;
    return true;
  }

  private void readFully(byte[] b) throws IOException {
    int off = 0;
    while (off < b.length) {
      int n = in.read(b, off, b.length - off);
      if (n < 0) throw new EOFException("the archive ended early");
      off += n;
    }
  }

  private void skip(long n) throws IOException {
    byte[] buf = new byte[8192];
    while (n > 0) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, n));
      if (r < 0) throw new EOFException("the archive ended inside an entry");
      n -= r;
    }
  }
}
