// The one runner every probe's query goes through. A query is data (a program, its argv, what
// environment it must not inherit); the runner starts it and never throws, so each probe's parser
// always gets an outcome to judge. A runner that throws counts as a program that did not start.
import type { CommandOutcome, CommandRunner } from '../windows/command-runner.js';

/** A program plus its arguments, passed to a CommandRunner as separate argv entries. */
export interface Query {
  readonly file: string;
  readonly args: readonly string[];
  /** Environment variables not passed on (PowerShell 7's PSModulePath would mislead 5.1). */
  readonly dropEnv?: readonly string[];
}

/** `threw`: the runner itself failed (the program never started); parsers may say so in their own words. */
export type QueryOutcome = CommandOutcome & { readonly threw?: true };

export async function runQuery(run: CommandRunner, query: Query, timeoutMs: number): Promise<QueryOutcome> {
  try {
    return await run(query.file, query.args, query.dropEnv === undefined ? { timeoutMs } : { timeoutMs, dropEnv: query.dropEnv });
  } catch (error) {
    return { stdout: '', stderr: String(error), code: null, timedOut: false, notFound: false, threw: true };
  }
}
