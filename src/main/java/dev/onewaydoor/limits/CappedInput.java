package dev.onewaydoor.limits;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most a byte budget from a stream, whatever the sender announced: a response or
 * archive that is larger than it claims (or than we allow) ends in {@link TooLarge} after
 * {@code max + 1} bytes, never in an unbounded buffer.
 */
public final class CappedInput extends FilterInputStream {
  /** The stream went past its budget. */
  public static final class TooLarge extends IOException {
    public TooLarge(String message) {
      super(message);
    }
  }

  private final long max;
  private final String what;
  private long count;

  public CappedInput(InputStream in, long max, String what) {
    super(in);
    this.max = max;
    this.what = what;
  }

  /** Reads the whole stream into memory, at most {@code max} bytes. */
  public static byte[] readAll(InputStream in, long max, String what) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CappedInput(in, max, what).transferTo(out);
    return out.toByteArray();
  }

  public long count() {
    return count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) add(1);
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) add(n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) add(skipped);
    return skipped;
  }

  private void add(long n) throws TooLarge {
    count += n;
    if (count > max) throw new TooLarge(what + " is larger than " + Sizes.human(max));
  }
}
