package org.piishield.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.piishield.audit.AuditEvent;
import org.piishield.extract.Extractors;
import org.piishield.registry.audit.AuditAttributes;
import org.piishield.registry.audit.AuditException;
import org.piishield.registry.audit.AuditLog;
import org.piishield.registry.audit.RegistryAuditEvents;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.crypto.RegistryKeyException;
import org.piishield.registry.index.RegistryIndex;
import org.piishield.registry.match.RegistryMatcher;
import org.piishield.registry.store.JdbcRegistryStore;
import org.piishield.registry.store.RegistryStoreException;
import org.piishield.text.OffsetMap;
import org.piishield.watch.Alert;
import org.piishield.watch.DocumentAlerts;
import org.piishield.watch.Evidence;
import org.piishield.watch.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shield watch}: finds enrolled protected people in files, directories or stdin and prints one alert
 * per (document, person) with severity, score, matched field types and evidence offsets, never the matched
 * text. Each alert and the run itself are appended to the registry's audit log.
 */
@Command(name = "watch", sortOptions = false, mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    headerHeading = "%n", header = "Find enrolled protected people in flyers, posts and pages.",
    description = {
        "Reads each document (text or HTML), looks for the names, home addresses, phones, e-mails, plates and "
            + "relatives of the people enrolled with 'shield registry enroll' - tolerating ALL CAPS, accents, "
            + "\"Last, First\", nicknames, initials, USPS abbreviations, any phone or plate format and one OCR "
            + "confusion per long word - and prints one alert per (document, person):",
        "  {\"source\",\"person_id\",\"severity\",\"score\",\"fields\",\"evidence\":[{\"field\",\"start\",\"end\"}]}",
        "Severity: critical (a name with a home address, phone, plate or relative; or threat or call-to-action "
            + "words with an address, phone, e-mail or plate), high, medium (a home address alone), low (a name "
            + "alone); see docs/WATCH.md. Offsets are UTF-16 positions in the file as read, end exclusive. "
            + "Matched text is never printed or logged; alerts and the run are appended to the audit log."},
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n", parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
        "  shield registry enroll examples/registry/people.csv",
        "  shield watch --format text examples/watch",
        "  shield watch --min-severity high --format jsonl posts/ > alerts.jsonl",
        "  curl -s https://example.org/post | shield watch -",
        "",
        "Exit codes: 0 done (with or without alerts), 2 usage error, 3 some input could not be",
        "read (named on stderr; the rest was watched) or the registry could not be used."})
final class WatchCommand implements Callable<Integer> {

  @ParentCommand
  ShieldCommand root;

  @Spec
  CommandSpec spec;

  @Mixin
  RegistryStoreOptions store;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (default: one alert per line), json (one array) or text (one line per alert).")
  OutputFormat format;

  @Option(names = "--min-severity", paramLabel = "SEVERITY", defaultValue = "low",
      description = "Print only alerts at least this severe: low (default), medium, high or critical.")
  String minSeverity;

  @Mixin
  ReadOptions readOptions;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to watch; - reads standard input.")
  List<String> paths;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Severity min;
    try {
      min = Severity.parse(minSeverity);
    } catch (IllegalArgumentException e) {
      err.println("shield: --min-severity: " + e.getMessage());
      return ExitCode.USAGE;
    }
    Map<String, String> env = root.context().env();
    try (JdbcRegistryStore db = store.open(env)) {
      if (db.keyId() == null) {
        err.println("shield: watch: nobody is enrolled in this registry; enrol people first with"
            + " 'shield registry enroll PEOPLE.csv'");
        return ExitCode.INPUT;
      }
      RegistryKey key = RegistryStoreOptions.registryKey(env);
      RegistryMatcher matcher = new RegistryMatcher(RegistryIndex.load(db, key));
      AuditLog audit = new AuditLog(db, key);
      return watch(matcher, audit, min, out, env);
    } catch (RegistryKeyException e) {
      return StoreFailures.failed(err, "watch: " + e.getMessage());
    } catch (AuditException e) {
      return StoreFailures.failed(err, "audit: the watch run could not be audited: " + e.getMessage());
    } catch (RegistryStoreException e) {
      return StoreFailures.storeFailed(err, e);
    }
  }

  private int watch(RegistryMatcher matcher, AuditLog audit, Severity min, PrintWriter out, Map<String, String> env) {
    DocumentAlerts alerts = DocumentAlerts.standard();
    String actor = AuditCommand.actor(env);
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    long[] bytes = {0};
    int[] documents = {0};
    try (Progress progress = new Progress(spec.commandLine().getErr(), root.context().interactive())) {
      ErrorReport errors = new ErrorReport(progress);
      List<InputFile> inputs = new InputWalker(Set.of(), errors).walk(paths);
      DocumentReader reader = new DocumentReader(Extractors.discover(), readOptions.maxBytes, root.context().stdin());
      AlertPrinter printer = new AlertPrinter(format, out);
      DocumentLoop.run("watching", inputs, reader, progress, errors,
          (f, doc) -> toOriginal(alerts.alerts(f.source(), doc.text(), matcher.match(doc.text()), min),
              doc.offsets()),
          (f, doc, found) -> {
            documents[0]++;
            byte[] content = doc.original().getBytes(StandardCharsets.UTF_8);
            bytes[0] += content.length;
            String contentHash = sha256(content);
            for (Alert a : found) {
              printer.alert(a);
              bySeverity.merge(a.severity(), 1, Integer::sum);
              audit.append(alertEvent(actor, a, contentHash));
            }
          });
      printer.end();
      audit.append(runEvent(actor, documents[0], bytes[0], bySeverity, min));
      return errors.exitCode();
    }
  }

  /** Evidence moved from the extracted text into the document as read (for HTML: into the markup). */
  static List<Alert> toOriginal(List<Alert> alerts, OffsetMap map) {
    List<Alert> out = new ArrayList<>(alerts.size());
    for (Alert a : alerts) {
      List<Evidence> evidence = new ArrayList<>(a.evidence().size());
      for (Evidence e : a.evidence()) {
        evidence.add(new Evidence(e.field(), map.toOriginal(e.start()), map.toOriginalEnd(e.end())));
      }
      out.add(new Alert(a.source(), a.personId(), a.severity(), a.score(), a.fields(), evidence));
    }
    return out;
  }

  private AuditEvent alertEvent(String actor, Alert a, String contentHash) {
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put(AuditAttributes.SOURCE, a.source());
    attrs.put(AuditAttributes.CONTENT_SHA256, contentHash);
    attrs.put(AuditAttributes.PERSON_ID, a.personId());
    attrs.put(AuditAttributes.FIELD_TYPES, String.join(",", a.fields().stream().map(t -> t.id()).toList()));
    attrs.put(AuditAttributes.alerts(a.severity().id()), "1");
    return new AuditEvent(Instant.now(), actor, RegistryAuditEvents.WATCH, attrs);
  }

  private AuditEvent runEvent(String actor, int documents, long bytes, Map<Severity, Integer> bySeverity,
      Severity min) {
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put(AuditAttributes.DOCUMENTS, Integer.toString(documents));
    attrs.put(AuditAttributes.BYTES, Long.toString(bytes));
    int total = 0;
    for (Severity s : Severity.values()) {
      int n = bySeverity.getOrDefault(s, 0);
      attrs.put(AuditAttributes.alerts(s.id()), Integer.toString(n));
      total += n;
    }
    attrs.put(AuditAttributes.ALERTS, Integer.toString(total));
    attrs.put(AuditAttributes.FORMAT, format.name().toLowerCase(java.util.Locale.ROOT));
    attrs.put(AuditAttributes.MIN_SEVERITY, min.id());
    return new AuditEvent(Instant.now(), actor, RegistryAuditEvents.WATCH, attrs);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
