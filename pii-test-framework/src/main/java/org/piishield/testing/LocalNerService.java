package org.piishield.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.piishield.text.Json;

/**
 * A real HTTP server on {@code 127.0.0.1}, port chosen by the system, that plays a user's NER model for tests of
 * the external-model recognizer. It speaks the protocol of {@code org.piishield.recognizers.external}: it reads
 * {@code POST {"text": ..., "language": ...}}, records both, and answers with the spans of every occurrence of the
 * phrases it was given, e.g. with {@code phrase("Ana Ruiz", "PER")} the text {@code "Agent Ana Ruiz"} gets
 * {@code [{"start":6,"end":14,"type":"PER","score":0.9}]}.
 *
 * <pre>{@code
 * try (LocalNerService model = LocalNerService.start().phrase("Madrid", "LOC")) {
 *   String url = model.url(); // http://127.0.0.1:PORT/ner
 * }
 * }</pre>
 *
 * It can instead answer a fixed body and status ({@link #answer}), count offsets in code points
 * ({@link #countCodePoints}), or never answer until closed ({@link #hang}). Thread-safe.
 */
public final class LocalNerService implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, String> phrases = Collections.synchronizedMap(new LinkedHashMap<>());
  private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
  private final List<String> languages = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile String fixedBody;
  private volatile int status = 200;
  private volatile boolean codePoints;
  private volatile boolean hang;

  private LocalNerService() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/ner", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static LocalNerService start() throws IOException {
    return new LocalNerService();
  }

  /** Answers every occurrence of {@code phrase} as a span labelled {@code label} with score 0.9. */
  public LocalNerService phrase(String phrase, String label) {
    phrases.put(phrase, label);
    return this;
  }

  /** Answers {@code body} with HTTP {@code status} to every request, whatever the text. */
  public LocalNerService answer(int status, String body) {
    this.status = status;
    this.fixedBody = body;
    return this;
  }

  /** Reports offsets in code points, as a Python service does, instead of UTF-16 units. */
  public LocalNerService countCodePoints() {
    this.codePoints = true;
    return this;
  }

  /** Holds every request open until {@link #close()}: the client's timeout must end the call. */
  public LocalNerService hang() {
    this.hang = true;
    return this;
  }

  /** {@code http://127.0.0.1:PORT/ner}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/ner";
  }

  /** The texts received, in order. */
  public List<String> texts() {
    return List.copyOf(texts);
  }

  /** The {@code language} of each request, in order. */
  public List<String> languages() {
    return List.copyOf(languages);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<?, ?> request = (Map<?, ?>) Json.parse(new String(exchange.getRequestBody().readAllBytes(),
          StandardCharsets.UTF_8));
      String text = (String) request.get("text");
      texts.add(text);
      languages.add((String) request.get("language"));
      if (hang) {
        closed.await();
        return;
      }
      String body = fixedBody != null ? fixedBody : spans(text);
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private String spans(String text) {
    StringBuilder sb = new StringBuilder("[");
    synchronized (phrases) {
      for (Map.Entry<String, String> p : phrases.entrySet()) {
        for (int at = text.indexOf(p.getKey()); at >= 0; at = text.indexOf(p.getKey(), at + 1)) {
          int end = at + p.getKey().length();
          int s = codePoints ? text.codePointCount(0, at) : at;
          int e = codePoints ? text.codePointCount(0, end) : end;
          sb.append(sb.length() > 1 ? "," : "").append("{\"start\":").append(s).append(",\"end\":").append(e)
              .append(",\"type\":");
          Json.quote(p.getValue(), sb).append(",\"score\":0.9}");
        }
      }
    }
    return sb.append(']').toString();
  }

  @Override
  public void close() {
    closed.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
