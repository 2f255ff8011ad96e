package org.swapledger.server;

/** A request the server cannot answer, sent as RFC 9457 problem details (or an error page for HTML). */
final class HttpProblem extends RuntimeException {
  private final int status;
  private final String title;

  HttpProblem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static HttpProblem notFound(String detail) {
    return new HttpProblem(404, "Not found", detail);
  }

  static HttpProblem badRequest(String detail) {
    return new HttpProblem(400, "Bad request", detail);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  String detail() {
    return getMessage();
  }
}
