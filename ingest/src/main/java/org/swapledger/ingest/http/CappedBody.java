package org.swapledger.ingest.http;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body up to a cap; past the cap it cancels the download, so a huge response costs the cap. */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** Thrown (inside the body future) when the body passes the cap. */
  static final class TooLarge extends RuntimeException {
    TooLarge(long cap) {
      super("response larger than " + cap + " bytes; download stopped", null, false, false);
    }
  }

  private final long cap;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBody(long cap) {
    this.cap = cap;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      if (out.size() + (long) b.remaining() > cap) {
        subscription.cancel();
        body.completeExceptionally(new TooLarge(cap));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.writeBytes(chunk);
    }
  }

  @Override
  public void onError(Throwable t) {
    body.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    body.complete(out.toByteArray());
  }
}
