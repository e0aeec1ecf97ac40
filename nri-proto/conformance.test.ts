/**
 * Our NRI schema against upstream's own api.proto, as Debian ships it in
 * golang-github-containerd-nri-dev (trixie: NRI 0.6.1 = containerd 1.7; sid: 0.8.0 = containerd
 * 2.1). Fetched at test time by fetch-upstream.sh into .cache/ (never committed).
 *
 * For every message in nri.proto: each field has upstream's number, name and type (fields that
 * are newer than that upstream are listed below), and a value filling every field encodes to the
 * same bytes with our generated code and with upstream's schema, and each side decodes the
 * other's bytes back to the same thing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import protobuf from 'protobufjs';
import { api } from './index.ts';

const here = import.meta.dirname;
const cacheDir = path.join(here, '..', '.cache', 'nri-upstream');
const PACKAGE = 'nri.pkg.api.v1alpha1';

/** Fields and messages of ours that an older upstream does not have yet. */
const newerThan: Record<string, { fields: string[]; messages: string[] }> = {
  trixie: {
    fields: ['ConfigureRequest.registration_timeout', 'ConfigureRequest.request_timeout', 'SynchronizeRequest.more', 'SynchronizeResponse.more', 'PodSandbox.ips'],
    messages: ['RunPodSandboxRequest', 'RunPodSandboxResponse', 'UpdatePodSandboxRequest', 'UpdatePodSandboxResponse', 'StopPodSandboxRequest', 'StopPodSandboxResponse', 'RemovePodSandboxRequest', 'RemovePodSandboxResponse'],
  },
  sid: {
    fields: [],
    messages: ['RunPodSandboxRequest', 'RunPodSandboxResponse', 'UpdatePodSandboxRequest', 'UpdatePodSandboxResponse', 'StopPodSandboxRequest', 'StopPodSandboxResponse', 'RemovePodSandboxRequest', 'RemovePodSandboxResponse'],
  },
};

/** Upstream's api.proto without the gogoproto extensions protobufjs cannot resolve. */
function loadUpstream(suite: string): protobuf.Namespace {
  const file = path.join(cacheDir, suite, 'api.proto');
  if (!existsSync(file)) execFileSync('bash', [path.join(here, 'fetch-upstream.sh'), suite], { stdio: 'inherit', timeout: 300_000 });
  const source = readFileSync(file, 'utf8')
    .replace(/^import\s+"github\.com\/gogo\/.*";$/gm, '')
    .replace(/^\s*option\s+\(gogoproto\.[^;]*;$/gm, '')
    .replace(/\s*\[\s*\(gogoproto\.[^\]]*\]/g, '');
  return protobuf.parse(source, { keepCase: true }).root.lookup(PACKAGE) as protobuf.Namespace;
}

function loadOurs(): protobuf.Namespace {
  return new protobuf.Root().loadSync(path.join(here, 'nri.proto'), { keepCase: true }).lookup(PACKAGE) as protobuf.Namespace;
}

const ours = loadOurs();
const ourMessages = ours.nestedArray.filter((entry): entry is protobuf.Type => entry instanceof protobuf.Type);

/**
 * A value for every field of `type` (but `skipped` ones, as "Type.field"), distinct per field so
 * a swapped number shows.
 */
function sample(type: protobuf.Type, skipped: string[], depth = 0): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    if (skipped.includes(`${type.name}.${field.name}`)) continue;
    field.resolve();
    const one = (seed: number): unknown => {
      if (field.resolvedType instanceof protobuf.Type) return depth < 4 ? sample(field.resolvedType, skipped, depth + 1) : {};
      if (field.resolvedType instanceof protobuf.Enum) return 1 + ((field.id + seed) % (Object.keys(field.resolvedType.values).length - 1));
      switch (field.type) {
        case 'string': return `${field.name}-${seed}`;
        case 'bool': return true;
        case 'bytes': return Buffer.from([field.id, seed]);
        case 'int64': return 2 ** 40 + field.id * 10 + seed;
        case 'uint64': return 2 ** 41 + field.id * 10 + seed;
        default: return field.id * 100 + seed + 1;
      }
    };
    if (field instanceof protobuf.MapField) value[field.name] = { [`key-${field.id}`]: one(1), [`other-${field.id}`]: one(2) };
    else if (field.repeated) value[field.name] = [one(1), one(2)];
    else value[field.name] = one(1);
  }
  return value;
}

function fieldSignature(field: protobuf.Field): string {
  field.resolve();
  const kind = field instanceof protobuf.MapField ? `map<${field.keyType},${field.type}>` : field.resolvedType ? field.resolvedType.name : field.type;
  return `${field.id} ${field.repeated ? 'repeated ' : ''}${kind} ${field.name}`;
}

describe.each(['trixie', 'sid'])('nri.proto against upstream NRI from Debian %s', (suite) => {
  const upstream = loadUpstream(suite);
  const allowance = newerThan[suite]!;
  const shared = ourMessages.filter((type) => !allowance.messages.includes(type.name));

  it('has every message of ours that this upstream knows, and no others unexplained', () => {
    for (const type of ourMessages) {
      const theirs = upstream.lookup(type.name);
      expect([type.name, theirs instanceof protobuf.Type]).toEqual([type.name, !allowance.messages.includes(type.name)]);
    }
  });

  it.each(shared.map((type) => [type.name, type] as const))('%s: fields match upstream by number, name and type', (_name, type) => {
    const theirs = upstream.lookupType(type.name);
    for (const field of type.fieldsArray) {
      if (allowance.fields.includes(`${type.name}.${field.name}`)) {
        expect(theirs.fieldsById[field.id]).toBeUndefined();
        continue;
      }
      const upstreamField = theirs.fieldsById[field.id];
      expect([type.name, upstreamField && fieldSignature(upstreamField)]).toEqual([type.name, fieldSignature(field)]);
    }
  });

  it('enums carry upstream values', () => {
    for (const name of ['Event', 'ContainerState']) {
      const theirs = upstream.lookupEnum(name).values;
      for (const [key, value] of Object.entries(ours.lookupEnum(name).values)) {
        if (key in theirs) expect([name, key, theirs[key]]).toEqual([name, key, value]);
        else expect(value).toBeGreaterThan(Math.max(...Object.values(theirs)) - 1);
      }
    }
  });

  it.each(shared.map((type) => [type.name, type] as const))('%s: same bytes both ways', (name, type) => {
    const generated = (api as unknown as Record<string, { encode(value: unknown): protobuf.Writer; decode(bytes: Uint8Array): unknown }>)[name]!;
    const theirs = upstream.lookupType(name);
    // Values for fields this upstream lacks would be dropped by it; leave them out of the sample.
    const value = sample(type, allowance.fields);
    const ourBytes = generated.encode(value).finish();
    const upstreamBytes = theirs.encode(theirs.fromObject(value)).finish();
    expect(Buffer.from(ourBytes).toString('hex')).toBe(Buffer.from(upstreamBytes).toString('hex'));
    expect(theirs.toObject(theirs.decode(ourBytes), { longs: Number, enums: Number })).toEqual(value);
    const reencodedByUs = generated.encode(generated.decode(upstreamBytes)).finish();
    expect(Buffer.from(reencodedByUs).toString('hex')).toBe(Buffer.from(upstreamBytes).toString('hex'));
  });
});
