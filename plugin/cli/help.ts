/**
 * `--help` text, made from what the commands declare (commands.ts's summaries, each command's
 * options with their value names, defaults and descriptions), so help cannot drift from the parser.
 */
import type { CommandEntry } from './commands.ts';
import type { Command, OptionSpec } from './command.ts';

const WIDTH = 100;
/** Where descriptions start at the latest; a longer flag has its description on the next line. */
const MAX_INDENT = 28;

/** The flag every command takes besides its own; main.ts handles it. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

export function toolHelp(commands: Record<string, CommandEntry>): string {
  return [
    'usage: netclaim <command> [options]',
    '',
    'netclaim gives pods real network interfaces through Kubernetes DRA: this is its node agent and its tools.',
    '',
    'commands:',
    ...table(Object.entries(commands).map(([name, entry]) => [name, entry.summary])),
    '',
    'options:',
    ...table([['-h, --help', 'show this help; after a command, that command\'s options'], ['--version', 'print the version and the git commit of this build']]),
    '',
  ].join('\n');
}

export function commandHelp(name: string, entry: CommandEntry, command: Command): string {
  const options = Object.entries(command.options).map(([flag, spec]) => [optionSyntax(flag, spec), optionText(spec)] as const);
  return [
    `usage: netclaim ${name} [options]`,
    '',
    entry.summary,
    '',
    'options:',
    ...table([...options, ['-h, --help', 'show this help']]),
    '',
  ].join('\n');
}

function optionSyntax(flag: string, spec: OptionSpec): string {
  return spec.type === 'string' ? `--${flag} ${spec.value ?? 'VALUE'}` : `--${flag}`;
}

function optionText(spec: OptionSpec): string {
  return spec.default === undefined ? spec.description : `${spec.description} (default: ${spec.default})`;
}

/** Two columns; the second wrapped to the width, its continuation lines under its start. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const indent = Math.min(MAX_INDENT, 2 + Math.max(...rows.map(([left]) => left.length)) + 3);
  const margin = ' '.repeat(indent);
  return rows.flatMap(([left, right]) => {
    const lines = wrap(right, WIDTH - indent).map((line) => margin + line);
    const flag = `  ${left}`;
    if (flag.length + 3 > indent) return [flag, ...lines];
    return [flag.padEnd(indent) + lines[0]!.trimStart(), ...lines.slice(1)];
  });
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}
