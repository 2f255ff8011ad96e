package org.swapledger.extract.lang;

/** A language pack or gazetteer that cannot be used: names the file, the key and the reason. */
public final class PackException extends RuntimeException {
  public PackException(String file, String key, String reason) {
    super(file + ": " + key + ": " + reason);
  }
}
