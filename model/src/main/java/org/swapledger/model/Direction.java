package org.swapledger.model;

/** To whom the counted people were handed over. */
public enum Direction {
  TO_UKRAINE("returned_to_ukraine"),
  TO_RUSSIA("returned_to_russia"),
  /** Both sides together ("a swap of 478 captives"). */
  TOTAL("total");

  private final String field;

  Direction(String field) {
    this.field = field;
  }

  /** The field name of the extraction contract. */
  public String field() {
    return field;
  }

  public static Direction toSide(Side side) {
    return side == Side.UKRAINE ? TO_UKRAINE : TO_RUSSIA;
  }
}
