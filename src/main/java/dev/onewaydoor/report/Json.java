package dev.onewaydoor.report;

/** A minimal JSON writer: enough for our reports, and no reflection at start-up. */
final class Json {
  private final StringBuilder sb = new StringBuilder();
  private boolean needComma;

  Json open(char bracket) {
    comma();
    sb.append(bracket);
    needComma = false;
    return this;
  }

  Json close(char bracket) {
    sb.append(bracket);
    needComma = true;
    return this;
  }

  Json key(String key) {
    comma();
    string(key);
    sb.append(':');
    needComma = false;
    return this;
  }

  Json value(String s) {
    comma();
    if (s == null) sb.append("null");
    else string(s);
    needComma = true;
    return this;
  }

  Json value(long n) {
    comma();
    sb.append(n);
    needComma = true;
    return this;
  }

  Json value(boolean b) {
    comma();
    sb.append(b);
    needComma = true;
    return this;
  }

  Json field(String key, String s) {
    return key(key).value(s);
  }

  Json field(String key, long n) {
    return key(key).value(n);
  }

  Json field(String key, boolean b) {
    return key(key).value(b);
  }

  private void comma() {
    if (needComma) sb.append(',');
  }

  private void string(String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        default:
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
      }
    }
    sb.append('"');
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
