package org.swapledger.ingest.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decides how to decode a page's bytes: the HTTP Content-Type charset, then a byte-order mark, then a {@code <meta>}
 * charset in the first bytes, then UTF-8 if the bytes are valid UTF-8, then a guess between windows-1251, KOI8-R and
 * windows-1252 by letter frequencies.
 */
final class CharsetDetector {
  /** How far to look for a {@code <meta charset>}: the HTML standard's prescan reads 1024 bytes; pages overshoot. */
  static final int PRESCAN_BYTES = 4096;
  private static final Pattern PARAM = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s>/]+)");
  private static final Pattern META = Pattern.compile("(?i)<meta\\s[^>]*?charset\\s*=\\s*[\"']?([^\"';\\s>/]+)");
  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final Charset KOI8_R = Charset.forName("KOI8-R");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** The most frequent Russian/Ukrainian lower-case letters; text decoded with the right table is full of them. */
  private static final String FREQUENT = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфіїєґ";

  private CharsetDetector() {}

  static HtmlExtractor.Decoding detect(byte[] bytes, @Nullable String contentType) {
    if (contentType != null) {
      Matcher m = PARAM.matcher(contentType);
      if (m.find()) {
        return named(m.group(1), "Content-Type header");
      }
    }
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new HtmlExtractor.Decoding.Known(StandardCharsets.UTF_8, "byte-order mark");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new HtmlExtractor.Decoding.Known(StandardCharsets.UTF_16BE, "byte-order mark");
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new HtmlExtractor.Decoding.Known(StandardCharsets.UTF_16LE, "byte-order mark");
    }
    String meta = metaCharset(bytes);
    if (meta != null) {
      return named(meta, "<meta> charset");
    }
    if (isUtf8(bytes)) {
      return new HtmlExtractor.Decoding.Known(StandardCharsets.UTF_8, "valid UTF-8");
    }
    return new HtmlExtractor.Decoding.Known(guessSingleByte(bytes), "letter frequencies");
  }

  /** The charset named by the first {@code <meta ... charset=...>} in the prescan window, or null. */
  static @Nullable String metaCharset(byte[] bytes) {
    int n = Math.min(bytes.length, PRESCAN_BYTES);
    if (!hasMeta(bytes, n)) {
      return null;
    }
    String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    for (int i = head.indexOf("<meta"); i >= 0; i = head.indexOf("<meta", i + 5)) {
      int end = head.indexOf('>', i);
      int cs = head.indexOf("charset", i);
      if (cs < 0) {
        return null;
      }
      if (end >= 0 && cs > end) {
        continue;
      }
      Matcher m = META.matcher(head).region(i, end < 0 ? head.length() : end + 1);
      if (m.lookingAt()) {
        return new String(bytes, m.start(1), m.end(1) - m.start(1), StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  /** Whether "charset" occurs (in any case) in the first {@code n} bytes: most pages say it once, or not at all. */
  private static boolean hasMeta(byte[] bytes, int n) {
    for (int i = 0; i + 7 <= n; i++) {
      if ((bytes[i] | 0x20) == 'c' && (bytes[i + 1] | 0x20) == 'h' && (bytes[i + 2] | 0x20) == 'a'
          && (bytes[i + 3] | 0x20) == 'r' && (bytes[i + 4] | 0x20) == 's' && (bytes[i + 5] | 0x20) == 'e'
          && (bytes[i + 6] | 0x20) == 't') {
        return true;
      }
    }
    return false;
  }

  private static HtmlExtractor.Decoding named(String name, String how) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    // Browsers decode pages labelled ISO-8859-1 or ASCII as windows-1252 (WHATWG Encoding), and so do we.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      return new HtmlExtractor.Decoding.Known(WINDOWS_1252, how);
    }
    try {
      return new HtmlExtractor.Decoding.Known(Charset.forName(n.equals("utf8") ? "UTF-8" : n), how);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return new HtmlExtractor.Decoding.Unknown(name, how);
    }
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static Charset guessSingleByte(byte[] bytes) {
    int high = 0;
    for (byte b : bytes) {
      if ((b & 0x80) != 0) {
        high++;
      }
    }
    if (high < bytes.length / 20) {
      return WINDOWS_1252;
    }
    return frequent(new String(bytes, KOI8_R)) > frequent(new String(bytes, WINDOWS_1251)) ? KOI8_R : WINDOWS_1251;
  }

  private static int frequent(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (FREQUENT.indexOf(s.charAt(i)) >= 0) {
        n++;
      }
    }
    return n;
  }
}
