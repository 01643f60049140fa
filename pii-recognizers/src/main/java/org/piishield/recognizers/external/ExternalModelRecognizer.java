package org.piishield.recognizers.external;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import org.piishield.detect.DetectionSink;
import org.piishield.detect.EntityType;
import org.piishield.detect.Language;
import org.piishield.detect.Recognizer;
import org.piishield.detect.ScanContext;
import org.piishield.text.Json;

/**
 * Asks a user-supplied NER service for spans, e.g. a spaCy or transformers model behind a small HTTP server on
 * this machine. For each piece of at most {@link ExternalModelConfig#maxChars()} chars (cut at whitespace, see
 * {@link TextChunks}) it POSTs {@code {"text": "Agent Ana Ruiz", "language": "en"}} and expects
 * {@code [{"start": 6, "end": 14, "type": "PER", "score": 0.97}]}, which becomes a {@code PERSON} finding at
 * {@code [6, 14)} of the whole text (offsets of later pieces are shifted by where the piece starts).
 *
 * <pre>{@code
 * Recognizer model = new ExternalModelRecognizer(ExternalModelConfig.load(Path.of("model.json")));
 * PiiEngine engine = PiiEngine.newBuilder().recognizers(List.of(model)).build();
 * }</pre>
 *
 * <p>Contract: immutable and thread-safe (the JDK {@link HttpClient} is); one blocking call per piece, in text
 * order. Any failure (refused connection, timeout, an HTTP status other than 200, malformed JSON, a span out of
 * range or of an unmapped type) throws {@link ExternalModelException} for the whole text and nothing is reported.
 * Redirects are never followed and, for a loopback url, no proxy is used, so the text goes only where the
 * configuration says. It is not found through {@code ServiceLoader}: it needs its configuration.
 */
public final class ExternalModelRecognizer implements Recognizer {

  private final ExternalModelConfig config;
  private final HttpClient client;
  private final Set<EntityType> types;
  private final String service;

  public ExternalModelRecognizer(ExternalModelConfig config) {
    this.config = config;
    HttpClient.Builder b = HttpClient.newBuilder()
        // plain HTTP/1.1: no h2c upgrade headers, which some small Python servers mishandle
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.timeout())
        .followRedirects(HttpClient.Redirect.NEVER);
    if (!config.allowRemote()) {
      b.proxy(HttpClient.Builder.NO_PROXY);
    }
    this.client = b.build();
    this.types = Set.copyOf(new LinkedHashSet<>(config.types().values()));
    this.service = "external model '" + config.name() + "' at " + where(config);
  }

  @Override
  public String name() {
    return config.name();
  }

  @Override
  public Set<EntityType> entityTypes() {
    return types;
  }

  @Override
  public boolean supports(Language language) {
    return config.languages().contains(language);
  }

  public ExternalModelConfig config() {
    return config;
  }

  @Override
  public void detect(ScanContext ctx, DetectionSink out) {
    CharSequence text = ctx.text();
    String language = ctx.language().code();
    int start = 0;
    while (start < text.length()) {
      int end = TextChunks.end(text, start, config.maxChars());
      if (!TextChunks.isBlank(text, start, end)) {
        String body = call(text.subSequence(start, end), language);
        ModelSpans.report(body, text, start, end, config, this, service, out);
      }
      start = end;
    }
  }

  private String call(CharSequence piece, String language) {
    StringBuilder json = new StringBuilder(piece.length() + 40).append("{\"text\":");
    Json.quote(piece, json).append(",\"language\":\"").append(language).append("\"}");
    HttpRequest request = HttpRequest.newBuilder(config.url())
        .timeout(config.timeout())
        .header("Content-Type", "application/json; charset=utf-8")
        .header("Accept", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8))
        .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw ModelSpans.fail(service, "could not connect within " + config.timeout().toMillis() + " ms");
    } catch (HttpTimeoutException e) {
      throw ModelSpans.fail(service, "no answer within " + config.timeout().toMillis() + " ms (timeoutMillis)");
    } catch (ConnectException e) {
      throw ModelSpans.fail(service, "connection refused (is the service running?)");
    } catch (IOException e) {
      throw ModelSpans.fail(service, "the call failed (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw ModelSpans.fail(service, "interrupted while waiting for the answer");
    }
    if (response.statusCode() != 200) {
      // the body is not shown: an error page may quote the text
      throw ModelSpans.fail(service, "answered HTTP " + response.statusCode() + " instead of 200");
    }
    return response.body();
  }

  /** The url without its query or fragment (which may hold a token): {@code http://127.0.0.1:8000/ner}. */
  private static String where(ExternalModelConfig config) {
    java.net.URI u = config.url();
    return u.getScheme() + "://" + u.getRawAuthority() + (u.getRawPath() == null ? "" : u.getRawPath());
  }
}
