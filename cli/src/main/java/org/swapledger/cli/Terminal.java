package org.swapledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so progress is drawn only for a person watching. */
final class Terminal {
  private Terminal() {}

  static boolean stderrIsTerminal() {
    if (System.getenv("SWAPLEDGER_PROGRESS") != null) {
      return !System.getenv("SWAPLEDGER_PROGRESS").equals("0");
    }
    try {
      // Linux: fd 2 links to /dev/pts/N or /dev/ttyN when it is a terminal.
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
