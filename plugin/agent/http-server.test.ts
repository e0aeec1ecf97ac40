import { AgentMetrics } from './metrics.ts';
import { parseListenAddress, startHttpServer } from './http-server.ts';

test('serves metrics, liveness and readiness with the reasons a node is not ready', async () => {
  let published = 0;
  const metrics = new AgentMetrics({ publishedDevices: () => published, podsWithDevices: () => 1, nriConnected: () => true, nodePodsCached: () => 0 });
  let nriProblem: string | undefined = 'not connected to the runtime';
  const { server, port } = await startHttpServer('127.0.0.1:0', metrics, [{ name: 'nri', problem: () => nriProblem }]);
  try {
    await metrics.measure('nri', 'RunPodSandbox', async () => undefined);
    await expect(metrics.measure('dra', 'NodePrepareResources', async () => { throw new Error('x'); })).rejects.toThrow('x');
    published = 3;
    const body = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(body).toContain('netclaim_requests_total{api="nri",method="RunPodSandbox",outcome="ok"} 1');
    expect(body).toContain('netclaim_requests_total{api="dra",method="NodePrepareResources",outcome="error"} 1');
    expect(body).toContain('netclaim_published_devices 3');
    expect(body).toContain('netclaim_pods_with_devices 1');
    expect(body).toContain('netclaim_nri_connected 1');
    expect(body).toMatch(/netclaim_request_duration_seconds_count\{api="nri",method="RunPodSandbox",outcome="ok"\} 1/);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const notReady = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect([notReady.status, await notReady.text()]).toEqual([503, 'nri: not connected to the runtime\n']);
    nriProblem = undefined;
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  } finally {
    server.close();
  }
});

test('listen addresses', () => {
  expect(parseListenAddress(':9177')).toEqual({ host: undefined, port: 9177 });
  expect(parseListenAddress('[::1]:80')).toEqual({ host: '::1', port: 80 });
  expect(() => parseListenAddress('9177')).toThrow('expected [host]:port');
  // Number() reads these as ports (an empty one as 0, a random port nobody scrapes): a typo must not start.
  for (const typo of [':', '127.0.0.1:', ':0x23d9', ':9.177e3', ': 9177', ':+9177']) {
    expect(() => parseListenAddress(typo)).toThrow(`--metrics-address ${typo}: expected [host]:port`);
  }
  expect(parseListenAddress('127.0.0.1:0')).toEqual({ host: '127.0.0.1', port: 0 });
});
