package org.swapledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines of UTF-8 from a byte stream, strictly: a line that is not valid UTF-8, holds NUL bytes or is longer
 * than the cap is reported as such, skipped in constant memory, and reading goes on with the next line.
 */
final class LineReader {
  /** One line, or why it could not be read. */
  record Line(long number, @Nullable String text, @Nullable String problem) {}

  private final InputStream in;
  private final int maxBytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private byte[] buf = new byte[8192];
  private final byte[] chunk = new byte[65536];
  private int chunkPos;
  private int chunkLen;
  private long number;

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  @Nullable Line next() throws IOException {
    int len = 0;
    boolean overflow = false;
    boolean nul = false;
    boolean any = false;
    while (true) {
      if (chunkPos >= chunkLen) {
        chunkLen = in.read(chunk);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      byte b = chunk[chunkPos++];
      if (b == '\n') {
        break;
      }
      if (b == 0) {
        nul = true;
      }
      if (overflow) {
        continue;
      }
      if (len >= maxBytes) {
        overflow = true;
        continue;
      }
      if (len == buf.length) {
        buf = Arrays.copyOf(buf, Math.min(maxBytes, buf.length * 2));
      }
      buf[len++] = b;
    }
    number++;
    if (overflow) {
      return new Line(number, null, "line longer than " + (maxBytes >> 20) + " MiB; skipped");
    }
    if (nul) {
      return new Line(number, null, "binary data (NUL bytes); skipped");
    }
    if (len > 0 && buf[len - 1] == '\r') {
      len--;
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(buf, 0, len));
      return new Line(number, chars.toString(), null);
    } catch (CharacterCodingException e) {
      return new Line(number, null, "not valid UTF-8 at byte " + firstBadByte(len) + "; skipped");
    }
  }

  private int firstBadByte(int len) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer bb = ByteBuffer.wrap(buf, 0, len);
    CharBuffer out = CharBuffer.allocate(len + 1);
    d.decode(bb, out, true);
    return bb.position() + 1;
  }
}
