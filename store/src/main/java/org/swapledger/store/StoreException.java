package org.swapledger.store;

/** The database could not be opened, migrated, read or written; the message names the file and the step. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
  }
}
