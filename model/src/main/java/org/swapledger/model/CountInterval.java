package org.swapledger.model;

/** A closed range of head counts; {@link #UNBOUNDED} as the upper end means "no upper limit". */
public record CountInterval(long low, long high) {
  public static final long UNBOUNDED = Long.MAX_VALUE;

  public CountInterval {
    if (low < 0 || high < low) {
      throw new IllegalArgumentException("Interval must satisfy 0 <= low <= high: [" + low + ", " + high + "]");
    }
  }

  public boolean isExact() {
    return low == high;
  }

  public boolean overlaps(CountInterval o) {
    return low <= o.high && o.low <= high;
  }

  @Override
  public String toString() {
    return "[" + low + ", " + (high == UNBOUNDED ? "∞" : Long.toString(high)) + "]";
  }
}
