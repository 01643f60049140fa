package org.piishield.cli;

import static org.piishield.cli.StoreFailures.failed;
import static org.piishield.cli.StoreFailures.storeFailed;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.piishield.registry.audit.AuditException;
import org.piishield.registry.audit.AuditExport;
import org.piishield.registry.audit.AuditHead;
import org.piishield.registry.audit.AuditLog;
import org.piishield.registry.audit.AuditVerification;
import org.piishield.registry.crypto.RegistryKeyException;
import org.piishield.registry.store.JdbcRegistryStore;
import org.piishield.registry.store.RegistryStoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code shield audit}: the hash-chained audit log of the registry. {@code verify} walks the chain and
 * prints one line, e.g. {@code audit log OK: 12 entries, head 12:3fa1…} (exit 0) or
 * {@code audit log broken at seq 5: entry deleted (gap in the sequence); the next entry is seq 6} (exit 1);
 * {@code export} writes every entry as JSON Lines. Output holds sequence numbers, hashes, key ids and the
 * entries' own attributes (counts, person ids, source names, hashes), never an enrolled value.
 */
@Command(name = "audit", sortOptions = false, mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    headerHeading = "%n", header = "Verify or export the hash-chained audit log of the registry.",
    description = {
        "Every enrolment and removal appends an entry to the audit log kept in the registry database; each "
            + "entry is linked to the one before by an HMAC under the registry key, so an edited, deleted or "
            + "reordered entry breaks the chain."},
    synopsisHeading = "%nUsage: ", descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  shield audit verify",
        "  shield audit export --output audit-2026-11.jsonl"})
final class AuditCommand implements Callable<Integer> {

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

  /** {@code shield audit verify}: walks the chain; exit 0 when intact, 1 at the first broken link. */
  @Command(name = "verify", sortOptions = false, mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      headerHeading = "%n", header = "Check every link of the audit log.",
      description = {
          "Recomputes each entry's hash under the registry key and prints one line: 'audit log OK: N entries, "
              + "head SEQ:HASH' (exit 0) or 'audit log broken at seq N: REASON' (exit 1). Keep the printed head "
              + "outside the database: deleting the last entries and rewinding the head in the database can only "
              + "be detected with --expect SEQ:HASH from an earlier run."},
      synopsisHeading = "%nUsage: ", descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
      footerHeading = "%nExamples:%n",
      footer = {
          "  shield audit verify",
          "  shield audit verify --expect 12:9c0e…(the head printed by an earlier run)",
          "  shield audit verify --db jdbc:postgresql://db:5432/shield --db-user shield"})
  static final class Verify implements Callable<Integer> {

    @ParentCommand
    AuditCommand audit;

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryStoreOptions store;

    @Option(names = "--expect", paramLabel = "SEQ:HASH",
        description = "A head printed by an earlier verify (or the seq and hash of an exported line) that the log "
            + "must still hold.")
    String expect;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      AuditHead expected = null;
      if (expect != null) {
        try {
          expected = AuditHead.parse(expect);
        } catch (IllegalArgumentException e) {
          err.println("shield: --expect: " + e.getMessage());
          return ExitCode.USAGE;
        }
      }
      Map<String, String> env = audit.env();
      try (JdbcRegistryStore db = store.open(env)) {
        AuditLog log = new AuditLog(db, RegistryStoreOptions.registryKey(env));
        AuditVerification v = expected == null ? log.verify() : log.verify(expected);
        spec.commandLine().getOut().println(v.summary());
        return v.isOk() ? ExitCode.OK : ExitCode.FINDINGS;
      } catch (RegistryKeyException e) {
        return failed(err, "audit: " + e.getMessage());
      } catch (RegistryStoreException e) {
        return storeFailed(err, e);
      }
    }
  }

  /** {@code shield audit export}: every entry as JSON Lines, to stdout or atomically to a file. */
  @Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      headerHeading = "%n", header = "Write every audit entry as JSON Lines, for archiving.",
      description = {
          "One line per entry in sequence order: seq, at, actor, action, key_id, attributes, prev_hash, hash, "
              + "with the stored texts verbatim, so the chain can be re-verified from the file by anyone holding "
              + "the registry key. Needs no key. --output is written all or nothing."},
      synopsisHeading = "%nUsage: ", descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
      footerHeading = "%nExamples:%n",
      footer = {
          "  shield audit export --output audit-2026-11.jsonl",
          "  shield audit export --db jdbc:postgresql://db:5432/shield | gzip > audit.jsonl.gz"})
  static final class Export implements Callable<Integer> {

    @ParentCommand
    AuditCommand audit;

    @Spec
    CommandSpec spec;

    @Mixin
    RegistryStoreOptions store;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      try (JdbcRegistryStore db = store.open(audit.env())) {
        if (output == null) {
          PrintWriter out = spec.commandLine().getOut();
          AuditExport.write(db, out);
          out.flush();
          return ExitCode.OK;
        }
        long entries;
        try (AtomicOutput file = AtomicOutput.create(output)) {
          Writer w = file.writer();
          entries = AuditExport.write(db, w);
          file.commit();
        }
        spec.commandLine().getOut().println("exported " + entries + " audit entries to " + output);
        return ExitCode.OK;
      } catch (IOException e) {
        return failed(err, output + ": cannot write (" + e.getClass().getSimpleName() + ")");
      } catch (AuditException e) {
        return failed(err, "audit: " + e.getMessage());
      } catch (RegistryStoreException e) {
        return storeFailed(err, e);
      }
    }
  }

  /**
   * Who runs the command, for the audit log: {@code USER}, else {@code LOGNAME}, else the JVM's user name,
   * else {@code unknown} (a name over 200 chars or with control chars is skipped).
   */
  static String actor(Map<String, String> env) {
    for (String v : new String[] {env.get("USER"), env.get("LOGNAME"), System.getProperty("user.name")}) {
      if (v != null && !v.isBlank() && v.strip().length() <= 200 && v.chars().noneMatch(Character::isISOControl)) {
        return v.strip();
      }
    }
    return "unknown";
  }
}
