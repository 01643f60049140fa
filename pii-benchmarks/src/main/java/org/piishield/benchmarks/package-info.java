/**
 * JMH benchmarks, packaged as {@code pii-benchmarks/target/benchmarks.jar} and never run by {@code mvn verify}:
 * {@link org.piishield.benchmarks.EngineBenchmark} (the whole built-in set) and
 * {@link org.piishield.benchmarks.RecognizerBenchmark} (one recognizer at a time), both in MB/s over the
 * seeded inputs of {@link org.piishield.benchmarks.BenchmarkInputs}. See {@code docs/BENCHMARKS.md}.
 */
package org.piishield.benchmarks;
