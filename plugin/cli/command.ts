/** The shape of a CLI command module (commands/*.ts export `command`). Kept apart from main.ts,
 * the entry module, so commands never import the entry point (a cycle through its top-level await). */
import { isLogLevel, LOG_LEVELS, type LogLevel } from '../log.ts';

/** One `--flag`: what node:util's parseArgs needs, and what `--help` and the docs say about it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  default?: string;
  /** What the value is, shown in `--help` as `--netns PATH`; string options only. */
  value?: string;
  /** One or two sentences for `--help`. */
  description: string;
}

export interface Command {
  options: Record<string, OptionSpec>;
  /** Returns the exit code. Throwing a UsageError prints the reason and exits 2. */
  run(values: CommandValues): Promise<number>;
}

export type CommandValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export class UsageError extends Error {}

/** `--filter`, the same for `inventory` and `daemon`: what one shows is what the other publishes. */
export const FILTER_OPTION: OptionSpec = {
  type: 'string',
  value: 'CEL',
  description: 'which devices are offered: CEL over `device` as a DeviceClass selector sees it. It replaces the default (devices with a PCI address, never a virtual link) '
    + 'and alone decides; loopback and the uplink family are never offered. A filter that is not a bool, or fails on every device, is refused (exit 1).',
};

/** `--log-level`, for the commands that log. */
export function logLevelOption(level: LogLevel, description: string): OptionSpec {
  return { type: 'string', value: 'LEVEL', default: level, description: `${description}: ${LOG_LEVELS.join(', ')}` };
}

export function logLevelValue(values: CommandValues): LogLevel {
  const level = values['log-level'];
  if (!isLogLevel(level)) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(', ')}, got ${JSON.stringify(level)}`);
  return level;
}
