/**
 * `bin/netclaim <command>`: the node agent and its debugging tools. Each command lives in its
 * own module under commands/ and is loaded only when asked for, so `inventory` never pays for
 * the gRPC or Kubernetes client code the daemon needs.
 */
import { parseArgs } from 'node:util';
import { type Command, UsageError } from './command.ts';
import { errorMessage } from '../errors.ts';

const commands: Record<string, () => Promise<Command>> = {
  inventory: async () => (await import('./commands/inventory.ts')).command,
  attach: async () => (await import('./commands/attach.ts')).command,
  detach: async () => (await import('./commands/detach.ts')).command,
  'nri-check': async () => (await import('./commands/nri-check.ts')).command,
  status: async () => (await import('./commands/status.ts')).command,
  daemon: async () => (await import('./commands/daemon.ts')).command,
};

function usage(): string {
  return `usage: netclaim <command> [options]\ncommands: ${Object.keys(commands).join(', ')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const load = name === undefined ? undefined : commands[name];
  if (!load) {
    process.stderr.write(usage());
    return 2;
  }
  const command = await load();
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run(values, positionals);
  } catch (error) {
    const message = errorMessage(error);
    process.stderr.write(`netclaim ${name}: ${message}\n`);
    return error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
