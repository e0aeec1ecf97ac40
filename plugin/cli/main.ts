/**
 * `bin/netclaim <command>`: the node agent and its debugging tools. Each command lives in its
 * own module under commands/ and is loaded only when asked for (commands.ts).
 */
import { parseArgs } from 'node:util';
import { type Command, type CommandValues, UsageError } from './command.ts';
import { commands } from './commands.ts';
import { commandHelp, HELP_OPTION, toolHelp } from './help.ts';
import { errorMessage } from '../errors.ts';
import { versionLine } from '../version.ts';

// A reader that has seen enough (`netclaim inventory | head -1`) closes the pipe: that ends the
// command quietly and successfully, never with a stack trace about EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '-h' || name === '--help') return print(toolHelp(commands));
  if (name === '--version') return print(versionLine() + '\n');
  if (name === undefined) {
    process.stderr.write(toolHelp(commands));
    return 2;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    process.stderr.write(`netclaim: unknown command ${JSON.stringify(name)}; the commands are ${Object.keys(commands).join(', ')} (netclaim --help)\n`);
    return 2;
  }
  const command = await entry.load();
  try {
    const values = parse(name, command, rest);
    if (values.help === true) return print(commandHelp(name, entry, command));
    return await command.run(values);
  } catch (error) {
    process.stderr.write(`netclaim ${name}: ${errorMessage(error)}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}

/** The command's options and -h/--help; no positional arguments. Mistakes are UsageErrors, one line each. */
function parse(name: string, command: Command, args: string[]): CommandValues {
  try {
    return parseArgs({ args, options: { ...command.options, ...HELP_OPTION }, allowPositionals: false, strict: true }).values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      const argument = /'(.*)'/.exec((error as Error).message)?.[1];
      throw new UsageError(`unexpected argument ${JSON.stringify(argument)}: ${name} takes options only (netclaim ${name} --help)`);
    }
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'(.*?)'/.exec((error as Error).message)?.[1];
      throw new UsageError(`unknown option ${option} (netclaim ${name} --help lists them)`);
    }
    if (code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message);
    throw error;
  }
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
