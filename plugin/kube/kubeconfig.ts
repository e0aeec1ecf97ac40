/**
 * Where the API server is and how to prove who we are, with client-node's `KubeConfig`
 * semantics for what a node agent meets:
 * - in cluster (no `--kubeconfig`): `https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT`
 *   (plain http on ports 80, 8080 and 8001), the service account's CA, and its token file, read
 *   again after a minute and after a 401, because the kubelet rotates projected tokens;
 * - a kubeconfig file (JSON, or YAML read by js-yaml, loaded only then): the current context's
 *   cluster (`server`, `certificate-authority[-data]`, `insecure-skip-tls-verify`,
 *   `tls-server-name`) and user (`token`, `tokenFile`, `client-certificate[-data]` and
 *   `client-key[-data]`, `username`/`password`, or an `exec` credential plugin). Relative file
 *   paths are relative to the kubeconfig's directory, as kubectl reads them.
 * `auth-provider` (removed from kubectl in 1.26) is refused with a message saying so.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isIPv6 } from 'node:net';
import { dirname, resolve } from 'node:path';

export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** client-go and client-node read a token file again after this long. */
const TOKEN_FILE_MAX_AGE_MS = 60_000;
const EXEC_TIMEOUT_MS = 30_000;
const EXEC_MAX_OUTPUT_BYTES = 1024 * 1024;
const KUBECONFIG_MAX_BYTES = 4 * 1024 * 1024;

/** A kubeconfig that cannot be used, named by the field at fault. */
export class KubeConfigError extends Error {
  override name = 'KubeConfigError';
}

/** What a request carries to authenticate: a header, a client certificate, or both. */
export interface Credentials {
  authorization?: string;
  cert?: string | Buffer;
  key?: string | Buffer;
}

export interface ClusterAccess {
  server: URL;
  ca?: Buffer;
  insecureSkipTlsVerify: boolean;
  tlsServerName?: string;
  /**
   * The credentials for the next request; `stale` after the server answered 401 with the last
   * ones, so a rotated token file or an expired exec credential is read again.
   */
  credentials(stale: boolean): Promise<Credentials>;
}

export interface InClusterOptions {
  env?: NodeJS.ProcessEnv;
  serviceAccountDir?: string;
  now?: () => number;
}

export function inClusterAccess(options: InClusterOptions = {}): ClusterAccess {
  const env = options.env ?? process.env;
  const dir = options.serviceAccountDir ?? SERVICE_ACCOUNT_DIR;
  const host = env.KUBERNETES_SERVICE_HOST;
  const port = env.KUBERNETES_SERVICE_PORT;
  if (!host || !port) throw new KubeConfigError('not in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set; pass --kubeconfig');
  const scheme = ['80', '8080', '8001'].includes(port) ? 'http' : 'https';
  return {
    server: new URL(`${scheme}://${isIPv6(host) ? `[${host}]` : host}:${port}`),
    ca: readFileSync(resolve(dir, 'ca.crt')),
    insecureSkipTlsVerify: false,
    credentials: tokenFileCredentials(resolve(dir, 'token'), options.now),
  };
}

interface NamedEntry<T> { name?: unknown; [field: string]: unknown; value?: T }

/** Loads the current context of a kubeconfig file. */
export function kubeconfigAccess(path: string): ClusterAccess {
  const text = readFileSync(path, 'utf8');
  if (text.length > KUBECONFIG_MAX_BYTES) throw new KubeConfigError(`kubeconfig ${path} is larger than ${KUBECONFIG_MAX_BYTES} bytes`);
  const config = record(parseKubeconfig(text, path), 'kubeconfig');
  const base = dirname(resolve(path));
  const contextName = string(config['current-context'], 'current-context');
  const context = record(named(config.contexts, 'contexts', contextName).context, `context ${contextName}`);
  const clusterName = string(context.cluster, `context ${contextName}: cluster`);
  const userName = optionalString(context.user, `context ${contextName}: user`);
  const cluster = record(named(config.clusters, 'clusters', clusterName).cluster, `cluster ${clusterName}`);
  const user = userName === undefined ? {} : record(named(config.users, 'users', userName).user, `user ${userName}`);
  const field = `cluster ${clusterName}`;
  const ca = fileOrData(cluster, 'certificate-authority', base, field);
  const tlsServerName = optionalString(cluster['tls-server-name'], `${field}: tls-server-name`);
  let server: URL;
  try {
    server = new URL(string(cluster.server, `${field}: server`));
  } catch (error) {
    if (error instanceof KubeConfigError) throw error;
    throw new KubeConfigError(`${field}: server is not a URL`);
  }
  return {
    server,
    ...(ca ? { ca } : {}),
    insecureSkipTlsVerify: cluster['insecure-skip-tls-verify'] === true,
    ...(tlsServerName ? { tlsServerName } : {}),
    credentials: userCredentials(user, base, `user ${userName ?? ''}`, server),
  };
}

function parseKubeconfig(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // YAML only when it is not JSON: js-yaml is loaded by those who need it.
    const yaml = createRequire(import.meta.url)('js-yaml') as typeof import('js-yaml');
    try {
      return yaml.load(text);
    } catch (error) {
      throw new KubeConfigError(`kubeconfig ${path} is neither JSON nor YAML: ${(error as Error).message.split('\n')[0]}`);
    }
  }
}

function userCredentials(user: Record<string, unknown>, base: string, field: string, server: URL): ClusterAccess['credentials'] {
  if (user['auth-provider'] !== undefined) throw new KubeConfigError(`${field}: auth-provider is not supported (kubectl dropped it in 1.26); use an exec credential plugin`);
  if (user.exec !== undefined) return execCredentials(record(user.exec, `${field}: exec`), `${field}: exec`, server);
  const cert = fileOrData(user, 'client-certificate', base, field);
  const key = fileOrData(user, 'client-key', base, field);
  if ((cert === undefined) !== (key === undefined)) throw new KubeConfigError(`${field}: client-certificate and client-key go together`);
  const certificate: Credentials = cert && key ? { cert, key } : {};
  const token = optionalString(user.token, `${field}: token`);
  const tokenFile = optionalString(user.tokenFile, `${field}: tokenFile`);
  const username = optionalString(user.username, `${field}: username`);
  if (token) return async () => ({ ...certificate, authorization: `Bearer ${token}` });
  if (tokenFile) {
    const fromFile = tokenFileCredentials(resolve(base, tokenFile));
    return async (stale) => ({ ...certificate, ...(await fromFile(stale)) });
  }
  if (username !== undefined) {
    const basic = Buffer.from(`${username}:${optionalString(user.password, `${field}: password`) ?? ''}`).toString('base64');
    return async () => ({ ...certificate, authorization: `Basic ${basic}` });
  }
  return async () => certificate;
}

function tokenFileCredentials(path: string, now: () => number = Date.now): ClusterAccess['credentials'] {
  let token: string | undefined;
  let readAt = 0;
  return async (stale) => {
    if (token === undefined || stale || now() - readAt >= TOKEN_FILE_MAX_AGE_MS) {
      token = (await readFile(path, 'utf8')).trim();
      readAt = now();
    }
    return { authorization: `Bearer ${token}` };
  };
}

/**
 * client.authentication.k8s.io ExecCredential: the plugin's answer is kept until its
 * `expirationTimestamp` (for ever without one) or until the server refuses it. One run at a
 * time; a plugin that hangs or floods is cut off.
 */
function execCredentials(exec: Record<string, unknown>, field: string, server: URL): ClusterAccess['credentials'] {
  const command = string(exec.command, `${field}: command`);
  const args = exec.args === undefined ? [] : list(exec.args, `${field}: args`).map((arg, index) => string(arg, `${field}: args[${index}]`));
  const apiVersion = string(exec.apiVersion, `${field}: apiVersion`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [index, entry] of (exec.env === undefined || exec.env === null ? [] : list(exec.env, `${field}: env`)).entries()) {
    const variable = record(entry, `${field}: env[${index}]`);
    env[string(variable.name, `${field}: env[${index}].name`)] = string(variable.value, `${field}: env[${index}].value`);
  }
  const spec = { interactive: false, ...(exec.provideClusterInfo === true ? { cluster: { server: server.href } } : {}) };
  env.KUBERNETES_EXEC_INFO = JSON.stringify({ apiVersion, kind: 'ExecCredential', spec });
  let cached: { credentials: Credentials; expiresAt: number } | undefined;
  let running: Promise<Credentials> | undefined;
  const run = async (): Promise<Credentials> => {
    const stdout = await new Promise<string>((resolveRun, reject) => {
      execFile(command, args, { env, timeout: EXEC_TIMEOUT_MS, maxBuffer: EXEC_MAX_OUTPUT_BYTES, encoding: 'utf8' }, (error, out, stderr) => {
        if (error) reject(new KubeConfigError(`${field}: ${command} failed: ${(stderr.trim().split('\n')[0] || error.message).slice(0, 300)}`));
        else resolveRun(out);
      });
    });
    let status: Record<string, unknown>;
    try {
      status = record(record(JSON.parse(stdout), 'ExecCredential').status, 'ExecCredential status');
    } catch (error) {
      throw new KubeConfigError(`${field}: ${command} did not print an ExecCredential with a status: ${(error as Error).message.slice(0, 200)}`);
    }
    const token = optionalString(status.token, 'ExecCredential status.token');
    const cert = optionalString(status.clientCertificateData, 'ExecCredential status.clientCertificateData');
    const key = optionalString(status.clientKeyData, 'ExecCredential status.clientKeyData');
    if (!token && !(cert && key)) throw new KubeConfigError(`${field}: ${command} gave neither a token nor a client certificate and key`);
    const expiry = optionalString(status.expirationTimestamp, 'ExecCredential status.expirationTimestamp');
    const credentials: Credentials = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(cert && key ? { cert, key } : {}) };
    cached = { credentials, expiresAt: expiry === undefined ? Infinity : Date.parse(expiry) };
    return credentials;
  };
  return async (stale) => {
    if (cached && !stale && cached.expiresAt > Date.now()) return cached.credentials;
    running ??= run().finally(() => {
      running = undefined;
    });
    return running;
  };
}

/** `<name>` as a path (relative to the kubeconfig) or `<name>-data` as base64. */
function fileOrData(section: Record<string, unknown>, name: string, base: string, field: string): Buffer | undefined {
  const data = optionalString(section[`${name}-data`], `${field}: ${name}-data`);
  if (data) return Buffer.from(data, 'base64');
  const path = optionalString(section[name], `${field}: ${name}`);
  if (!path) return undefined;
  try {
    return readFileSync(resolve(base, path));
  } catch (error) {
    throw new KubeConfigError(`${field}: ${name} ${path} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

function named(value: unknown, field: string, name: string): NamedEntry<unknown> {
  const found = list(value ?? [], field).find((entry) => record(entry, field).name === name);
  if (!found) throw new KubeConfigError(`${field}: no entry named ${JSON.stringify(name)}`);
  return found as NamedEntry<unknown>;
}

function record(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new KubeConfigError(`${field} must be an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value)) throw new KubeConfigError(`${field} must be a list`);
  return value;
}

function string(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') throw new KubeConfigError(`${field} must be a non-empty string`);
  return value;
}

function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return string(value, field);
}
