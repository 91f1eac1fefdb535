package dev.onewaydoor.fakegithub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes gzipped tar archives the way {@code git archive} does for GitHub's tarball
 * endpoint: a pax global header with the commit, a top directory {@code owner-repo-sha7/},
 * pax headers for long paths. Tests can also write entries GitHub never would (links,
 * {@code ../} paths, lying sizes) to check the reader refuses them.
 */
public final class TarBuilder {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final OutputStream out;

  public TarBuilder() {
    try {
      out = new GZIPOutputStream(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The archive of a commit's files, as GitHub serves it. */
  public static byte[] of(String fullName, String sha, Map<String, byte[]> files) {
    TarBuilder t = new TarBuilder();
    String top = fullName.replace('/', '-') + "-" + sha.substring(0, 7) + "/";
    t.pax('g', "comment=" + sha);
    t.entry(top, '5', new byte[0]);
    for (Map.Entry<String, byte[]> f : files.entrySet()) t.file(top + f.getKey(), f.getValue());
    return t.finish();
  }

  public TarBuilder file(String name, byte[] content) {
    if (name.getBytes(StandardCharsets.UTF_8).length > 100) pax('x', "path=" + name);
    return entry(name, '0', content);
  }

  /** An entry of any type; {@code content} is written as its data and its size. */
  public TarBuilder entry(String name, char type, byte[] content) {
    return raw(name, type, content.length, content);
  }

  /** An entry whose header declares {@code declaredSize} whatever {@code content} holds. */
  public TarBuilder raw(String name, char type, long declaredSize, byte[] content) {
    byte[] h = new byte[512];
    put(h, 0, name.length() > 100 ? name.substring(0, 100) : name, 100);
    put(h, 100, "0000644", 8);
    put(h, 108, "0000000", 8);
    put(h, 116, "0000000", 8);
    put(h, 124, String.format("%011o", declaredSize), 12);
    put(h, 136, "00000000000", 12);
    h[156] = (byte) type;
    put(h, 257, "ustar", 6);
    put(h, 263, "00", 2);
    for (int i = 148; i < 156; i++) h[i] = ' ';
    long sum = 0;
    for (byte b : h) sum += b & 0xff;
    put(h, 148, String.format("%06o", sum), 7);
    write(h);
    write(content);
    write(new byte[(512 - content.length % 512) % 512]);
    return this;
  }

  private TarBuilder pax(char type, String record) {
    byte[] body = (record + "\n").getBytes(StandardCharsets.UTF_8);
    int digits = 1;
    while (String.valueOf(body.length + 1 + digits).length() != digits) digits++;
    String line = (body.length + 1 + digits) + " " + record + "\n";
    return entry("pax_header", type, line.getBytes(StandardCharsets.UTF_8));
  }

  /** Ends the archive with its two zero blocks and the gzip trailer. */
  public byte[] finish() {
    write(new byte[1024]);
    return close();
  }

  /** Ends the gzip stream without the tar's end blocks (a truncated tar inside valid gzip). */
  public byte[] close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }

  private void write(byte[] b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(byte[] h, int off, String s, int len) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(b, 0, h, off, Math.min(b.length, len));
  }
}
