package org.swapledger.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRoutingApi;

/** Registers a read for GET and HEAD alike, so that HEAD answers with the same headers (ETag) and no body. */
final class Reads {
  private final JavalinDefaultRoutingApi routes;

  Reads(JavalinDefaultRoutingApi routes) {
    this.routes = routes;
  }

  void get(String path, Handler handler) {
    routes.get(path, handler);
    routes.addHttpHandler(HandlerType.HEAD, path, handler);
  }
}
