package org.piishield.cli;

import static org.piishield.cli.StoreFailures.failed;
import static org.piishield.cli.StoreFailures.storeFailed;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;
import org.piishield.audit.AuditEvent;
import org.piishield.registry.audit.AuditException;
import org.piishield.registry.audit.AuditLog;
import org.piishield.registry.audit.RegistryAuditEvents;
import org.piishield.registry.crypto.RegistryKey;
import org.piishield.registry.crypto.RegistryKeyException;
import org.piishield.registry.crypto.RegistryKeys;
import org.piishield.registry.enroll.Enroller;
import org.piishield.registry.enroll.EnrolmentException;
import org.piishield.registry.enroll.EnrolmentRecord;
import org.piishield.registry.enroll.EnrolmentReport;
import org.piishield.registry.enroll.PeopleCsvReader;
import org.piishield.registry.enroll.RowError;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.store.JdbcRegistryStore;
import org.piishield.registry.store.RegistryStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shield registry}: the registry of protected people. {@code enroll} reads a people CSV into
 * keyed-hash tokens, {@code remove} drops a person, {@code stats} counts what is stored. {@code enroll} and
 * {@code remove} each append one entry to the audit log ({@link AuditCommand}); a failed append is an error. Output holds counts,
 * person ids, line numbers and the key id only, never an enrolled value, e.g.
 *
 * <pre>
 * people enrolled: 6
 * tokens:          name=97 address=28 phone=7 email=6 plate=5 relative=61
 * key id:          3fa109c2…
 * </pre>
 */
@Command(name = "registry", sortOptions = false, mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    headerHeading = "%n", header = "Enrol, remove and count protected people.",
    description = {
        "The registry holds protected people as keyed hashes of their names, addresses, phones, e-mails, "
            + "plates and relatives: no plaintext is stored or printed. The key and the embedded store live in "
            + "SHIELD_HOME (default ~/.shield); --db names a PostgreSQL database instead."},
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    subcommands = {RegistryCommand.Enroll.class, RegistryCommand.Remove.class, RegistryCommand.Stats.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  shield registry enroll examples/registry/people.csv",
        "  shield registry stats",
        "  shield registry remove p-003"})
final class RegistryCommand implements Callable<Integer> {

  @ParentCommand
  ShieldCommand root;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  Map<String, String> env() {
    return root.context().env();
  }

  /** {@code shield registry enroll}: reads a people CSV and (re-)enrols every valid row. */
  @Command(name = "enroll", sortOptions = false, mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      headerHeading = "%n", header = "Enrol (or re-enrol) the people of a CSV file.",
      description = {
          "Reads PEOPLE.csv (UTF-8, header: " + PeopleCsvReader.HEADER + "; several values in a cell are "
              + "separated by ';'), turns each value into keyed-hash tokens and replaces what the registry held "
              + "for each person_id. A bad row is named as PEOPLE.csv:LINE: REASON on stderr and skipped; "
              + "the other rows are enrolled and the exit code is 3. The first enrolment creates the key "
              + "SHIELD_HOME/keys/registry.key unless SHIELD_REGISTRY_KEY is set. The run is appended to the audit "
              + "log (counts per field type, rows skipped, the file's name and SHA-256, the key id; no values)."},
      synopsisHeading = "%nUsage: ", descriptionHeading = "%n", parameterListHeading = "%nArguments:%n",
      optionListHeading = "%nOptions:%n",
      footerHeading = "%nExamples:%n",
      footer = {
          "  shield registry enroll examples/registry/people.csv",
          "  SHIELD_DB_PASSWORD=... shield registry enroll \\",
          "      --db jdbc:postgresql://db:5432/shield --db-user shield people.csv"})
  static final class Enroll implements Callable<Integer> {

    @ParentCommand
    RegistryCommand registry;

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryStoreOptions store;

    @Option(names = "--max-bytes", paramLabel = "SIZE", converter = ByteSizeConverter.class,
        defaultValue = "1g", description = "Refuse a people CSV larger than SIZE, e.g. 200MB, 2g (default: "
            + "${DEFAULT-VALUE}); the file is streamed, so memory does not grow with its size.")
    long maxBytes;

    @Parameters(paramLabel = "PEOPLE.csv", description = "The people to enrol.")
    String file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      PeopleCsvReader reader = new PeopleCsvReader(maxBytes, PeopleCsvReader.DEFAULT_MAX_ROWS);
      try {
        // A first pass checks the header, encoding, structure and limits without holding any row, so a file
        // that cannot be read enrols nobody (and creates no key); the enrolment then streams it again.
        reader.stream(Path.of(file), new PeopleCsvReader.RowSink() {
          @Override
          public void record(EnrolmentRecord r) {}

          @Override
          public void error(RowError e) {}
        });
      } catch (NoSuchFileException e) {
        return failed(err, file + ": no such file");
      } catch (IOException e) {
        return failed(err, file + ": cannot read (" + e.getClass().getSimpleName() + ")");
      } catch (EnrolmentException e) {
        return failed(err, file + ": " + e.getMessage());
      }
      String sourceSha256;
      try {
        sourceSha256 = sha256(Path.of(file));
      } catch (IOException e) {
        return failed(err, file + ": cannot read (" + e.getClass().getSimpleName() + ")");
      }
      Map<String, String> env = registry.env();
      EnrolmentReport report;
      String auditFailure;
      try (JdbcRegistryStore db = store.open(env)) {
        RegistryKeys keys = new RegistryKeys(RegistryStoreOptions.home(env), env, new SecureRandom());
        report = new Enroller(db, keys).enrol(Path.of(file), reader);
        String source = String.valueOf(Path.of(file).getFileName());
        auditFailure = audit(db, keys.loadExisting(), RegistryAuditEvents.enrolment(Instant.now(),
            AuditCommand.actor(env), report, source, sourceSha256));
      } catch (EnrolmentException | RegistryKeyException e) {
        return failed(err, "registry: " + e.getMessage());
      } catch (RegistryStoreException e) {
        return storeFailed(err, e);
      } catch (IOException e) {
        return failed(err, file + ": cannot read (" + e.getClass().getSimpleName() + ")");
      }
      for (RowError row : report.rowErrors()) {
        err.println("shield: " + file + ":" + row.line() + ": " + row.reason());
      }
      out.println("people enrolled: " + report.peopleEnrolled() + " from " + file);
      out.println("tokens:          " + tokens(report.tokensPerField()));
      out.println("key id:          " + report.keyId());
      if (auditFailure != null) {
        return failed(err, "audit: the enrolment was stored but could not be audited: " + auditFailure);
      }
      if (!report.rowErrors().isEmpty()) {
        out.println("rows skipped:    " + report.rowErrors().size() + " (named on stderr)");
        return ExitCode.INPUT;
      }
      return ExitCode.OK;
    }
  }

  /** {@code shield registry remove}: drops one person and their tokens. */
  @Command(name = "remove", sortOptions = false, mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      headerHeading = "%n", header = "Remove a person and all their tokens from the registry.",
      synopsisHeading = "%nUsage: ", parameterListHeading = "%nArguments:%n", optionListHeading = "%nOptions:%n",
      footerHeading = "%nExamples:%n",
      footer = {"  shield registry remove p-003"})
  static final class Remove implements Callable<Integer> {

    @ParentCommand
    RegistryCommand registry;

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryStoreOptions store;

    @Parameters(paramLabel = "PERSON_ID", description = "The person_id given at enrolment.")
    String personId;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      Map<String, String> env = registry.env();
      try (JdbcRegistryStore db = store.open(env)) {
        String storedKeyId = db.keyId();
        if (storedKeyId == null) {
          return failed(err, "registry: " + personId + ": not enrolled");
        }
        // The key is needed to audit the removal; check it before removing, so nothing goes unaudited.
        RegistryKey key = RegistryStoreOptions.registryKey(env);
        if (!storedKeyId.equals(key.keyId())) {
          return failed(err, "registry: the registry store holds tokens made under key id " + storedKeyId
              + " but the configured registry key has id " + key.keyId() + "; configure the key with id "
              + storedKeyId + " (SHIELD_REGISTRY_KEY or SHIELD_HOME/keys/registry.key)");
        }
        if (!db.removePerson(personId)) {
          return failed(err, "registry: " + personId + ": not enrolled");
        }
        spec.commandLine().getOut().println("removed " + personId + "; people enrolled: " + db.people());
        String auditFailure = audit(db, key,
            RegistryAuditEvents.removal(Instant.now(), AuditCommand.actor(env), personId, key.keyId()));
        if (auditFailure != null) {
          return failed(err, "audit: the removal was done but could not be audited: " + auditFailure);
        }
        return ExitCode.OK;
      } catch (RegistryKeyException e) {
        return failed(err, "registry: " + e.getMessage());
      } catch (RegistryStoreException e) {
        return storeFailed(err, e);
      }
    }
  }

  /** {@code shield registry stats}: people, tokens per field type and key id. */
  @Command(name = "stats", sortOptions = false, mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      headerHeading = "%n", header = "Count the enrolled people and their tokens (never values).",
      synopsisHeading = "%nUsage: ", optionListHeading = "%nOptions:%n",
      footerHeading = "%nExamples:%n",
      footer = {"  shield registry stats",
          "  shield registry stats --db jdbc:postgresql://db:5432/shield --db-user shield"})
  static final class Stats implements Callable<Integer> {

    @ParentCommand
    RegistryCommand registry;

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryStoreOptions store;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (JdbcRegistryStore db = store.open(registry.env())) {
        String keyId = db.keyId();
        out.println("people enrolled: " + db.people());
        out.println("tokens:          " + tokens(db.tokensPerField()));
        out.println("key id:          " + (keyId == null ? "none yet" : keyId));
        return ExitCode.OK;
      } catch (RegistryStoreException e) {
        return storeFailed(spec.commandLine().getErr(), e);
      }
    }
  }

  /** {@code name=97 address=28 …} in field-type order, every type shown (0 when none). */
  static String tokens(Map<FieldType, Integer> perField) {
    StringBuilder b = new StringBuilder();
    for (FieldType type : FieldType.values()) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(type.id()).append('=').append(perField.getOrDefault(type, 0));
    }
    return b.toString();
  }

  /** Appends {@code event} to the audit log of {@code db}; returns null, or why it failed (no values). */
  private static String audit(JdbcRegistryStore db, RegistryKey key, AuditEvent event) {
    try {
      new AuditLog(db, key).append(event);
      return null;
    } catch (AuditException | IllegalArgumentException e) {
      return e.getMessage();
    } catch (RegistryStoreException e) {
      return StoreFailures.describe(e);
    }
  }

  /** SHA-256 of the file's bytes, as 64 lower-case hex chars. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable in this JDK", e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) {
        digest.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
