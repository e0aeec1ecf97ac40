/**
 * `bin/netclaim` as an operator meets it: help made from what the commands declare, the version,
 * one-line refusals of what it does not take, and a quiet end when the reader of its output leaves.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commands } from './commands.ts';
import { commandHelp, toolHelp } from './help.ts';
import { buildInfo } from '../version.ts';

const bin = path.resolve(import.meta.dirname, '../../bin/netclaim');

function netclaim(...args: string[]) {
  const result = spawnSync(bin, args, { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('help', () => {
  test('--help and -h print the commands with their summaries on stdout', () => {
    const help = toolHelp(commands);
    for (const [name, entry] of Object.entries(commands)) expect(help).toMatch(new RegExp(`^  ${name} +${entry.summary.split(' ').slice(0, 4).join(' ')}`, 'm'));
    expect(netclaim('--help')).toEqual({ code: 0, stdout: help, stderr: '' });
    expect(netclaim('-h')).toEqual({ code: 0, stdout: help, stderr: '' });
  });

  test('no command prints the same on stderr and exits 2', () => {
    expect(netclaim()).toEqual({ code: 2, stdout: '', stderr: toolHelp(commands) });
  });

  test.each(Object.keys(commands))('%s --help names every option it parses, with its value and default', async (name) => {
    const entry = commands[name]!;
    const command = await entry.load();
    const help = commandHelp(name, entry, command);
    expect(help).toContain(`usage: netclaim ${name} [options]\n\n${entry.summary}\n`);
    for (const [flag, spec] of Object.entries(command.options)) {
      expect(help).toMatch(new RegExp(`^  --${flag}${spec.type === 'string' ? ` ${spec.value!.replace('|', '\\|')}` : ''}( |\\n)`, 'm'));
      if (spec.default !== undefined) expect(help.replace(/\s+/g, ' ')).toContain(`(default: ${spec.default})`);
    }
    expect(help).toContain('  -h, --help');
  });

  test('a command\'s --help is printed whatever its required options, and exits 0', async () => {
    const entry = commands.attach!;
    expect(netclaim('attach', '--help')).toEqual({ code: 0, stdout: commandHelp('attach', entry, await entry.load()), stderr: '' });
    expect(netclaim('attach', '-h').stdout).toContain('--netns PATH');
  });
});

test('--version prints package.json\'s version and the commit the build recorded', () => {
  const manifest = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
  const result = netclaim('--version');
  expect(result).toEqual({ code: 0, stdout: `netclaim ${manifest.version} (commit ${buildInfo().commit ?? 'unknown'})\n`, stderr: '' });
});

describe('refused with one line on stderr and exit 2', () => {
  test.each([
    [['status', 'extra'], 'netclaim status: unexpected argument "extra": status takes options only (netclaim status --help)\n'],
    [['inventory', '--json', 'eth0'], 'netclaim inventory: unexpected argument "eth0": inventory takes options only (netclaim inventory --help)\n'],
    [['status', '--bogus'], 'netclaim status: unknown option --bogus (netclaim status --help lists them)\n'],
    [['nri-check', '--log-level', 'loud'], 'netclaim nri-check: --log-level must be one of debug, info, warn, error, got "loud"\n'],
    [['frobnicate'], 'netclaim: unknown command "frobnicate"; the commands are inventory, attach, detach, nri-check, status, daemon (netclaim --help)\n'],
    [['constructor'], 'netclaim: unknown command "constructor"; the commands are inventory, attach, detach, nri-check, status, daemon (netclaim --help)\n'],
  ])('netclaim %j', (args, message) => {
    expect(netclaim(...args)).toEqual({ code: 2, stdout: '', stderr: message });
  });
});

describe('a reader that closes the pipe early', () => {
  /** Runs the command with the read end of its stdout already closed: its first write meets EPIPE. */
  async function withClosedStdout(args: string[]) {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    return { code, stderr };
  }

  test.each([[['inventory', '--filter', 'true']], [['--help']], [['status', '--json']]])('netclaim %j ends quietly with status 0', async (args) => {
    expect(await withClosedStdout(args)).toEqual({ code: 0, stderr: '' });
  });
});

describe('the daemon at start', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'netclaim-cli-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A daemon that cannot start (its kubeconfig is missing): what it logged before giving up. */
  function failedStart(...flags: string[]) {
    const result = netclaim('daemon', '--node-name', 'node-a', '--kubeconfig', path.join(dir, 'missing'), '--state-dir', dir, ...flags);
    expect(result.code).toBe(1);
    return result.stderr.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  test('logs its version, commit and every effective flag, defaults included', () => {
    const [first] = failedStart();
    expect(first).toMatchObject({
      level: 'info', msg: 'netclaim agent starting', version: buildInfo().version, commit: buildInfo().commit ?? 'unknown',
      flags: { 'node-name': 'node-a', 'state-dir': dir, 'driver-name': 'netclaim.io', 'late-attach': 'true', 'log-level': 'info', 'metrics-address': ':9177' },
    });
  });

  test('--log-level leaves out what is less severe', () => {
    const lines = failedStart('--log-level', 'error');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((line) => line.level !== 'error')).toEqual([]);
  });
});
