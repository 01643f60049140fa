package org.piishield.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top {@code shield} command. It only dispatches; each subcommand is a thin adapter over
 * {@code PiiEngine}, policies and extractors. Holds the {@link CliContext} the subcommands read through
 * {@code @ParentCommand}.
 */
@Command(name = "shield", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
    sortOptions = false,
    headerHeading = "%n",
    header = "PII Shield: find and redact personal information of people at risk of doxxing.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
        "Finds names, home addresses, phone numbers, e-mails, plates, badge numbers, ids and more in "
            + "English and Spanish text, and writes redacted copies with a log of what was withheld.",
        "Run 'shield COMMAND --help' for the options of each command."},
    optionListHeading = "%nOptions:%n",
    commandListHeading = "%nCommands:%n",
    subcommands = {ScanCommand.class, RedactCommand.class, VerifyCommand.class, ExplainCommand.class, BenchCommand.class,
        RegistryCommand.class, WatchCommand.class, AuditCommand.class, HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  shield scan --format text examples/",
        "      What is in these files? (offsets, types, scores; no matched text)",
        "  shield redact --policy foia --out release/ examples/",
        "      Withhold it: copies with exemption codes in place, and a CSV log.",
        "  shield verify --log release/redaction-log.csv release/",
        "      Are the withheld values really gone from the redacted PDFs?",
        "  shield explain --text \"Call Ana at 555-0142\"",
        "      Why was (or was not) a span reported?",
        "  shield bench",
        "      How fast is detection on this machine?",
        "  shield registry enroll people.csv",
        "      Enrol protected people (stored as keyed hashes, never plaintext).",
        "  shield audit verify",
        "      Has anyone edited or deleted the registry's audit log?",
        "",
        "Exit codes:",
        "  0  success",
        "  1  findings, for commands that are checks",
        "  2  usage error: bad option, unknown policy or entity type, output",
        "     would overwrite an input",
        "  3  input error: a file could not be read or is malformed; it is named",
        "     on stderr and the rest is processed",
        "",
        "Environment:",
        "  SHIELD_HASH_KEY  base64 key (16+ bytes) for the hash operator of a policy",
        "  SHIELD_HOME      registry home (key and embedded store); default ~/.shield"})
public final class ShieldCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec
  CommandSpec spec;

  public ShieldCommand(CliContext context) {
    this.context = context;
  }

  public CliContext context() {
    return context;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
