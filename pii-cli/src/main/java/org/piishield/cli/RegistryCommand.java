package org.piishield.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.Callable;
import org.piishield.registry.crypto.RegistryKeyException;
import org.piishield.registry.crypto.RegistryKeys;
import org.piishield.registry.enroll.Enroller;
import org.piishield.registry.enroll.EnrolmentException;
import org.piishield.registry.enroll.EnrolmentReport;
import org.piishield.registry.enroll.PeopleCsvReader;
import org.piishield.registry.enroll.RowError;
import org.piishield.registry.normalize.FieldType;
import org.piishield.registry.store.JdbcRegistryStore;
import org.piishield.registry.store.RegistryStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shield registry}: the registry of protected people (preview). {@code enroll} reads a people CSV into
 * keyed-hash tokens, {@code remove} drops a person, {@code stats} counts what is stored. Output holds counts,
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
    headerHeading = "%n", header = "Enrol, remove and count protected people (preview).",
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
              + "SHIELD_HOME/keys/registry.key unless SHIELD_REGISTRY_KEY is set."},
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

    @Parameters(paramLabel = "PEOPLE.csv", description = "The people to enrol.")
    String file;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      PeopleCsvReader.Result read;
      try {
        read = new PeopleCsvReader().read(Path.of(file));
      } catch (NoSuchFileException e) {
        return failed(err, file + ": no such file");
      } catch (IOException e) {
        return failed(err, file + ": cannot read (" + e.getClass().getSimpleName() + ")");
      } catch (EnrolmentException e) {
        return failed(err, file + ": " + e.getMessage());
      }
      Map<String, String> env = registry.env();
      EnrolmentReport report;
      try (JdbcRegistryStore db = store.open(env)) {
        RegistryKeys keys = new RegistryKeys(RegistryStoreOptions.home(env), env, new SecureRandom());
        report = new Enroller(db, keys).enrol(read);
      } catch (EnrolmentException | RegistryKeyException e) {
        return failed(err, "registry: " + e.getMessage());
      } catch (RegistryStoreException e) {
        return storeFailed(err, e);
      }
      for (RowError row : report.rowErrors()) {
        err.println("shield: " + file + ":" + row.line() + ": " + row.reason());
      }
      out.println("people enrolled: " + report.peopleEnrolled() + " from " + file);
      out.println("tokens:          " + tokens(report.tokensPerField()));
      out.println("key id:          " + report.keyId());
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
      try (JdbcRegistryStore db = store.open(registry.env())) {
        if (!db.removePerson(personId)) {
          return failed(err, "registry: " + personId + ": not enrolled");
        }
        spec.commandLine().getOut().println("removed " + personId + "; people enrolled: " + db.people());
        return ExitCode.OK;
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

  private static int failed(PrintWriter err, String message) {
    err.println("shield: " + message);
    return ExitCode.INPUT;
  }

  /** The store could not be opened or written: name the operation and the SQL exception class only. */
  private static int storeFailed(PrintWriter err, RegistryStoreException e) {
    Throwable cause = e.getCause();
    return failed(err, e.getMessage() + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")"));
  }
}
