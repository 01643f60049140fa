package org.piishield.cli;

/**
 * Output formats of the commands that print records ({@code scan}: one per document; {@code watch}: one per
 * alert): {@code json} one array, {@code jsonl} one object per line, {@code text} one human line per record.
 */
enum OutputFormat { JSON, JSONL, TEXT }
