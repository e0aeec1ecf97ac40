import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestPki, type TestPki } from '../../testing/certificates.ts';
import { FakeApiServer } from '../../testing/fake-apiserver/server.ts';
import { waitFor } from '../../testing/wait.ts';
import { KubeClient, kubeClientsFor, type KubeClients } from './client.ts';
import { httpStatusOf } from './errors.ts';
import { inClusterAccess, kubeconfigAccess, KubeConfigError } from './kubeconfig.ts';
import { watchObjects } from './watch.ts';

let pki: TestPki;
let api: FakeApiServer;
let dir: string;

beforeAll(async () => {
  pki = makeTestPki();
  api = await FakeApiServer.start({ tls: { ca: pki.ca, cert: pki.serverCert, key: pki.serverKey } });
});

afterAll(async () => {
  await api.stop();
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'netclaim-kubeconfig-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const clients = (path: string): KubeClients => kubeClientsFor(new KubeClient(kubeconfigAccess(path)));
const listSlices = (kube: KubeClients) => kube.resource.listResourceSlice();

function writeYaml(name: string, user: string): string {
  const path = join(dir, name);
  writeFileSync(path, [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: fake',
    '  cluster:',
    `    server: ${api.url}`,
    '    certificate-authority: ca.crt',
    'users:',
    '- name: me',
    '  user:',
    ...user.split('\n').map((line) => `    ${line}`),
    'contexts:',
    '- name: here',
    '  context: {cluster: fake, user: me}',
    'current-context: here',
  ].join('\n'));
  writeFileSync(join(dir, 'ca.crt'), pki.ca);
  return path;
}

describe('in-cluster configuration', () => {
  /** The service account's directory as the kubelet mounts it. */
  function serviceAccount(token: string): string {
    writeFileSync(join(dir, 'ca.crt'), pki.ca);
    writeFileSync(join(dir, 'token'), `${token}\n`);
    return dir;
  }

  test('dials https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT, trusting the service account CA, with its token', async () => {
    const port = new URL(api.url).port;
    const access = inClusterAccess({ env: { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: port }, serviceAccountDir: serviceAccount(api.token) });
    expect(access.server.href).toBe(`https://127.0.0.1:${port}/`);
    await expect(listSlices(kubeClientsFor(new KubeClient(access)))).resolves.toMatchObject({ kind: 'ResourceSliceList' });
  });

  test('a rotated token is read again from the file: after a 401 at once, and after a minute anyway', async () => {
    let now = 0;
    const port = new URL(api.url).port;
    const accountDir = serviceAccount(api.token);
    const access = inClusterAccess({ env: { KUBERNETES_SERVICE_HOST: '127.0.0.1', KUBERNETES_SERVICE_PORT: port }, serviceAccountDir: accountDir, now: () => now });
    const kube = kubeClientsFor(new KubeClient(access));
    await listSlices(kube);
    writeFileSync(join(accountDir, 'token'), api.rotateToken());
    await expect(listSlices(kube)).resolves.toMatchObject({ kind: 'ResourceSliceList' });

    const rotated = api.rotateToken();
    writeFileSync(join(accountDir, 'token'), rotated);
    now += 60_000;
    expect((await access.credentials(false)).authorization).toBe(`Bearer ${rotated}`);
  });

  test('outside a cluster it says to pass --kubeconfig', () => {
    expect(() => inClusterAccess({ env: {} })).toThrow(/KUBERNETES_SERVICE_HOST .* pass --kubeconfig/);
  });
});

describe('kubeconfig files', () => {
  test('YAML with a client certificate and key in files beside it: the certificate authenticates, no token needed', async () => {
    writeFileSync(join(dir, 'client.crt'), pki.clientCert);
    writeFileSync(join(dir, 'client.key'), pki.clientKey);
    const kube = clients(writeYaml('config.yaml', 'client-certificate: client.crt\nclient-key: client.key'));
    await expect(listSlices(kube)).resolves.toMatchObject({ kind: 'ResourceSliceList' });
  });

  test('client certificate and key inline as base64 data', async () => {
    const data = (pem: string) => Buffer.from(pem).toString('base64');
    const kube = clients(writeYaml('config.yaml', `client-certificate-data: ${data(pki.clientCert)}\nclient-key-data: ${data(pki.clientKey)}`));
    await expect(listSlices(kube)).resolves.toMatchObject({ kind: 'ResourceSliceList' });
  });

  test('a bearer token; without credentials the server answers 401', async () => {
    await expect(listSlices(clients(writeYaml('token.yaml', `token: ${api.token}`)))).resolves.toMatchObject({ kind: 'ResourceSliceList' });
    const refused = await listSlices(clients(writeYaml('none.yaml', '{}'))).catch((error: unknown) => error);
    expect(httpStatusOf(refused)).toBe(401);
  });

  test('a server certificate from another CA is refused', async () => {
    const path = writeYaml('config.yaml', `token: ${api.token}`);
    writeFileSync(join(dir, 'ca.crt'), makeTestPki().ca);
    await expect(listSlices(clients(path))).rejects.toThrow(/certificate/);
  });

  test('watches run over the same TLS connection settings', async () => {
    const kube = clients(writeYaml('config.yaml', `token: ${api.token}`));
    const names: string[] = [];
    const handle = watchObjects({ config: kube.config, path: '/apis/resource.k8s.io/v1/resourceslices', onEvent: (_, object) => names.push(object.metadata?.name ?? '') });
    try {
      api.seed({ apiVersion: 'resource.k8s.io/v1', kind: 'ResourceSlice', metadata: { name: 'watched' }, spec: { driver: 'netclaim.io', nodeName: 'n', pool: { name: 'n', generation: 1, resourceSliceCount: 1 } } });
      await waitFor(() => names.includes('watched'));
    } finally {
      await handle.close();
      api.remove('resource.k8s.io/v1', 'ResourceSlice', 'watched');
    }
  });

  test.each([
    ['no current context', '{"apiVersion":"v1","kind":"Config"}', /current-context must be a non-empty string/],
    ['a context that is not there', '{"current-context":"x","contexts":[]}', /contexts: no entry named "x"/],
    ['auth-provider', JSON.stringify({ 'current-context': 'c', contexts: [{ name: 'c', context: { cluster: 'k', user: 'u' } }], clusters: [{ name: 'k', cluster: { server: 'https://k' } }], users: [{ name: 'u', user: { 'auth-provider': { name: 'oidc' } } }] }), /auth-provider is not supported/],
    ['a certificate without its key', JSON.stringify({ 'current-context': 'c', contexts: [{ name: 'c', context: { cluster: 'k', user: 'u' } }], clusters: [{ name: 'k', cluster: { server: 'https://k' } }], users: [{ name: 'u', user: { 'client-certificate-data': 'eA==' } }] }), /client-certificate and client-key go together/],
    ['neither JSON nor YAML', 'a: [', /neither JSON nor YAML/],
  ])('refuses %s with one line naming the field', (_, text, message) => {
    const path = join(dir, 'bad');
    writeFileSync(path, text);
    expect(() => kubeconfigAccess(path)).toThrow(KubeConfigError);
    expect(() => kubeconfigAccess(path)).toThrow(message);
  });
});

describe('exec credential plugins', () => {
  /** A plugin that logs each run and prints the credential file's content as its ExecCredential status. */
  function plugin(): { path: string; setStatus(status: object): void; runs(): string[] } {
    const path = join(dir, 'credential-plugin.sh');
    writeFileSync(path, `#!/bin/sh\necho "$KUBERNETES_EXEC_INFO $PLUGIN_ARG $1" >> "${dir}/runs"\nprintf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":%s}' "$(cat "${dir}/status")"\n`);
    chmodSync(path, 0o755);
    return {
      path,
      setStatus: (status) => writeFileSync(join(dir, 'status'), JSON.stringify(status)),
      runs: () => readFileSync(join(dir, 'runs'), 'utf8').trim().split('\n'),
    };
  }

  const execUser = (path: string) => `exec:\n  apiVersion: client.authentication.k8s.io/v1\n  command: ${path}\n  args: [first]\n  env: [{name: PLUGIN_ARG, value: from-env}]\n  provideClusterInfo: true`;

  test('runs the plugin with its args, env and KUBERNETES_EXEC_INFO, keeps the token until the server refuses it, then runs it again', async () => {
    const exec = plugin();
    exec.setStatus({ token: api.token });
    const kube = clients(writeYaml('config.yaml', execUser(exec.path)));
    await listSlices(kube);
    await listSlices(kube);
    expect(exec.runs()).toHaveLength(1);
    const [info, env, arg] = exec.runs()[0]!.split(' ');
    expect(JSON.parse(info!)).toEqual({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', spec: { interactive: false, cluster: { server: `${api.url}/` } } });
    expect([env, arg]).toEqual(['from-env', 'first']);

    exec.setStatus({ token: api.rotateToken() });
    await expect(listSlices(kube)).resolves.toMatchObject({ kind: 'ResourceSliceList' });
    expect(exec.runs()).toHaveLength(2);
  });

  test('an expired credential is not used again; a client certificate from the plugin authenticates', async () => {
    const exec = plugin();
    exec.setStatus({ clientCertificateData: pki.clientCert, clientKeyData: pki.clientKey, expirationTimestamp: '2000-01-01T00:00:00Z' });
    const kube = clients(writeYaml('config.yaml', execUser(exec.path)));
    await expect(listSlices(kube)).resolves.toMatchObject({ kind: 'ResourceSliceList' });
    await listSlices(kube);
    expect(exec.runs()).toHaveLength(2);
  });

  test('a plugin that fails or answers nonsense is an error naming the user and the cause', async () => {
    const exec = plugin();
    exec.setStatus({});
    await expect(listSlices(clients(writeYaml('config.yaml', execUser(exec.path))))).rejects.toThrow(/user me: exec: .* gave neither a token nor a client certificate and key/);
    await expect(listSlices(clients(writeYaml('missing.yaml', execUser(join(dir, 'no-such-plugin')))))).rejects.toThrow(/user me: exec: .*no-such-plugin failed/);
  });
});
