/**
 * The docs cannot promise what the code does not do: every command, flag, attribute, config
 * field, metric, Event reason and log line they name is checked against the declarations the
 * code itself uses (the CLI's option specs, the inventory's attributes, the config schema, the
 * metrics registry, the sources), and the reference tables must list everything there is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { interfaceConfigSchema, parseInterfaceConfig } from '../plugin/apis/config.ts';
import { AgentMetrics } from '../plugin/agent/metrics.ts';
import type { Command } from '../plugin/cli/command.ts';
import { commands } from '../plugin/cli/commands.ts';
import { deviceAttributes, vfioFunctionAttributes } from '../plugin/inventory/attributes.ts';
import { compileDeviceFilter } from '../plugin/inventory/filter.ts';
import type { AttributeValue } from '../plugin/inventory/published-device.ts';
import { fakeDevice, fakePciNic, fakeVfioFunction } from '../testing/devices.ts';

const docsDir = import.meta.dirname;
const repoRoot = path.dirname(docsDir);
const docs = readdirSync(docsDir).filter((file) => file.endsWith('.md')).map((file) => ({ file, text: readFileSync(path.join(docsDir, file), 'utf8') }));
const doc = (file: string): string => docs.find((entry) => entry.file === file)!.text;

/** Flags of other tools the docs use (kubectl, curl); anything else spelled --x must be netclaim's. */
const FOREIGN_FLAGS = new Set(['--field-selector']);
const GLOBAL_FLAGS = new Set(['--help', '--version']);

let declared: Map<string, Command>;
beforeAll(async () => {
  declared = new Map(await Promise.all(Object.entries(commands).map(async ([name, entry]) => [name, await entry.load()] as const)));
});

/** Inline code spans and the lines of fenced blocks: where commands and flags are written. */
function codeTexts(markdown: string): string[] {
  const fenced = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].flatMap((match) => match[1]!.split('\n'));
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
  return [...fenced, ...[...prose.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!)];
}

/** The rows of the markdown table that follows `heading` (up to the next heading): cells, without backticks. */
function tableAfter(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const section = markdown.slice(start).split(/\n#/)[0]!;
  return section.split('\n').filter((line) => line.startsWith('| ') && !/^\| -/.test(line)).slice(1)
    .map((line) => line.slice(2, -2).split(' | ').map((cell) => cell.trim()));
}

const unquote = (cell: string): string => cell.replace(/^`|`$/g, '');

const sources = readdirSync(path.join(repoRoot, 'plugin'), { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => readFileSync(path.join(repoRoot, 'plugin', file), 'utf8'))
  .join('\n');
/** Said by the agent: a string literal in its sources (an escaped quote counted as a quote), e.g. a log message. */
const said = (text: string): boolean => [`'${text.replaceAll('\'', '\\\'')}'`, `"${text}"`, `\`${text}`].some((quoted) => sources.includes(quoted));

test('every `netclaim COMMAND --flag` names a command and a flag it takes', () => {
  const uses: string[] = [];
  for (const { file, text } of docs) {
    // A log line quoted from the agent (`netclaim agent starting`) is not a command.
    for (const code of codeTexts(text).filter((code) => !said(code))) {
      for (const match of code.matchAll(/(?:^|[\s/])netclaim ([a-z][\w-]*)((?:\s+--?[\w-]+(?:=\S*)?(?:\s+(?!-)[^\s|]+)?)*)/g)) {
        const [, name, rest] = match;
        const command = declared.get(name!);
        if (!command) {
          uses.push(`${file}: netclaim ${name}: no such command`);
          continue;
        }
        for (const flag of rest!.match(/--[\w-]+/g) ?? []) {
          if (!GLOBAL_FLAGS.has(flag) && !Object.hasOwn(command.options, flag.slice(2))) uses.push(`${file}: netclaim ${name} has no ${flag}`);
        }
      }
    }
  }
  expect(uses).toEqual([]);
});

test('every --flag anywhere in the docs is a netclaim flag (or one of the few other tools\')', () => {
  const known = new Set([...GLOBAL_FLAGS, ...FOREIGN_FLAGS, ...[...declared.values()].flatMap((command) => Object.keys(command.options).map((flag) => `--${flag}`))]);
  const unknown = docs.flatMap(({ file, text }) => [...text.matchAll(/(?<![\w-])--[a-z][\w-]*/g)].map((m) => m[0]).filter((flag) => !known.has(flag)).map((flag) => `${file}: ${flag}`));
  expect(unknown).toEqual([]);
});

describe('attributes', () => {
  /** Every attribute some device publishes: a PF with VFs and RDMA and addresses, and a VF. */
  const published = new Map<string, AttributeValue>(Object.entries({
    ...deviceAttributes(fakePciNic('pf0', '0000:03:00.0', { sriovTotalVfs: 8, sriovNumVfs: 2, eswitchMode: 'legacy', rdmaDevice: 'mlx5_0', ipv4: ['192.0.2.1/24'], ipv6: ['2001:db8::1/64'] })),
    ...deviceAttributes(fakePciNic('vf0', '0000:03:00.2', { isSriovVf: true, pfName: 'pf0', vfIndex: 0 })),
    ...vfioFunctionAttributes(fakeVfioFunction('0000:03:00.3')),
  }));
  const qualified = (domain: string, name: string): string => (domain === 'netclaim.io' ? name : `${domain}/${name}`);

  test('every attribute a CEL expression or a matchAttribute names is published', () => {
    const named = docs.flatMap(({ file, text }) => [
      ...[...text.matchAll(/device\.attributes\["([^"]+)"\]\.(\w+)/g)].map((m) => ({ file, name: qualified(m[1]!, m[2]!) })),
      ...[...text.matchAll(/matchAttribute: ([\w./-]+)/g)].map((m) => ({ file, name: m[1]!.replace(/^netclaim\.io\//, '') })),
    ]);
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter(({ name }) => !published.has(name))).toEqual([]);
  });

  test('the user guide\'s table lists every published attribute, with its type', () => {
    const rows = tableAfter(doc('user-guide.md'), '## Choosing a device');
    const types = (value: AttributeValue): string => Object.keys(value)[0]!;
    expect(new Map(rows.map(([name, type]) => [unquote(name!), type]))).toEqual(new Map([...published].map(([name, value]) => [name, types(value)])));
  });
});

describe('CEL recipes', () => {
  /** The expression of the first yaml block after a bold heading of the user guide. */
  function recipe(heading: string): string {
    const after = doc('user-guide.md').split(`**${heading}`)[1]!;
    const yaml = /```yaml\n([\s\S]*?)```/.exec(after)![1]!;
    return yaml.replace(/^expression: >-\n/, '').split('\n').map((line) => line.trim()).join(' ').trim();
  }
  const judged = (expression: string, devices: Parameters<typeof deviceAttributes>[0][]): string[] => {
    const filter = compileDeviceFilter(expression, 'netclaim.io');
    return devices.filter((info) => filter.judge({ name: info.ifName, attributes: deviceAttributes(info) }).keep).map((info) => info.ifName);
  };
  const pf = fakePciNic('enp3s0f0', '0000:03:00.0', { sriovTotalVfs: 8, sriovNumVfs: 2, numaNode: 1 });
  const otherPf = fakePciNic('enp4s0f0', '0000:04:00.0', { sriovTotalVfs: 8, sriovNumVfs: 1, numaNode: 0 });
  const devices = [
    pf, otherPf, fakeDevice({ ifName: 'veth1' }),
    fakePciNic('enp3s0f0v0', '0000:03:00.2', { isSriovVf: true, pfName: 'enp3s0f0', vfIndex: 0, numaNode: 1 }),
    fakePciNic('enp3s0f0v1', '0000:03:00.3', { isSriovVf: true, pfName: 'enp3s0f0', vfIndex: 1, numaNode: undefined }),
    fakePciNic('enp4s0f0v0', '0000:04:00.2', { isSriovVf: true, pfName: 'enp4s0f0', vfIndex: 0, numaNode: 0 }),
    fakePciNic('vfio0', '0000:05:00.2', { isSriovVf: true, vfIndex: 0, numaNode: 1 }),
  ];
  // fakePciNic sets numaNode 0; a VF that reports none has the field absent, not undefined.
  for (const device of devices) if (device.numaNode === undefined) delete device.numaNode;

  test('"a VF of a given PF" picks that PF\'s VFs only', () => {
    expect(judged(recipe('A VF of a given PF.'), devices)).toEqual(['enp3s0f0v0', 'enp3s0f0v1']);
  });

  test('"a VF on NUMA node 1" picks VFs there, not the PF, not a VF whose node is unknown', () => {
    expect(judged(recipe('A VF on NUMA node 1'), devices)).toEqual(['enp3s0f0v0', 'vfio0']);
  });
});

describe('claim configuration', () => {
  /** Every field path of a zod schema: `interface.name`, `routes[].gateway`. */
  function fieldPaths(schema: unknown, prefix = ''): string[] {
    const def = (schema as { _zod: { def: { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; in?: unknown } } })._zod.def;
    switch (def.type) {
      case 'object':
        return Object.entries(def.shape!).flatMap(([key, value]) => {
          const at = prefix ? `${prefix}.${key}` : key;
          const inner = fieldPaths(value, at);
          return inner.length ? inner : [at];
        });
      case 'optional': case 'nullable': case 'default':
        return fieldPaths(def.innerType, prefix);
      case 'array':
        return fieldPaths(def.element, `${prefix}[]`);
      case 'pipe':
        return fieldPaths(def.in, prefix);
      default:
        return [];
    }
  }

  test('the reference lists every field the schema accepts, and no other', () => {
    const rows = tableAfter(doc('user-guide.md'), '### Configuration reference');
    expect(rows.map(([field]) => unquote(field!)).sort()).toEqual(fieldPaths(interfaceConfigSchema()).sort());
  });

  test('the dranet fields the docs say are refused are refused, naming the field', () => {
    const paragraph = /\*\*Coming from dranet\.\*\*([\s\S]*?)(?:\n\n|$)/.exec(doc('user-guide.md'))![1]!;
    const refused = [...paragraph.split('refused')[1]!.matchAll(/`([\w.]+)`/g)].map((m) => m[1]!);
    expect(refused).toEqual(expect.arrayContaining(['interface.dhcp', 'ethtool']));
    for (const field of refused) {
      const [top, inner] = field.split('.');
      const config = inner === undefined ? { [top!]: {} } : { [top!]: { [inner]: true } };
      expect(() => parseInterfaceConfig(config)).toThrow(`${field}: unknown field`);
    }
  });
});

test('every netclaim_ metric named is one the agent exports', async () => {
  const exported = new Set((await new AgentMetrics({ publishedDevices: () => 0, podsWithDevices: () => 0, nriConnected: () => false, nodePodsCached: () => 0 }).registry.getMetricsAsJSON()).map((metric) => metric.name));
  const named = docs.flatMap(({ text }) => [...text.matchAll(/\bnetclaim_[a-z_]+[a-z]/g)].map((m) => m[0]));
  expect(named.length).toBeGreaterThan(10);
  expect(named.filter((name) => !exported.has(name))).toEqual([]);
});

describe('what the troubleshooting guide quotes is what the agent says', () => {
  test.each([['## The pod: Events'], ['## Logs']])('the table after "%s"', (heading) => {
    const quoted = tableAfter(doc('troubleshooting.md'), heading).map(([first]) => unquote(first!));
    expect(quoted.length).toBeGreaterThan(3);
    expect(quoted.filter((text) => !said(text))).toEqual([]);
  });
});
