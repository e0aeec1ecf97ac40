/** The shape of a CLI command module (commands/*.ts export `command`). Kept apart from main.ts,
 * the entry module, so commands never import the entry point (a cycle through its top-level await). */
import type { ParseArgsConfig } from 'node:util';

export interface Command {
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code. Throwing a UsageError prints the reason and exits 2. */
  run(values: CommandValues, positionals: string[]): Promise<number>;
}

export type CommandValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export class UsageError extends Error {}
