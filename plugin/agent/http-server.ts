/**
 * /metrics for Prometheus, /healthz for the liveness probe (the process answers), /readyz for
 * readiness (every part the node depends on is up; the body says which is not).
 */
import type { Server } from 'node:http';
import type { AgentMetrics } from './metrics.ts';

// Not `import ... from 'node:http'`: building that ES module namespace loads undici (for
// http.WebSocket), +11 MB RSS for good (plugin/kube/client.ts does the same).
const { createServer } = process.getBuiltinModule('node:http');

export interface ReadinessCheck {
  name: string;
  /** Undefined when ready; otherwise why not. */
  problem(): string | undefined;
}

/** ":9177" → all interfaces; "127.0.0.1:0" → loopback, random port. */
export function parseListenAddress(address: string): { host: string | undefined; port: number } {
  const colon = address.lastIndexOf(':');
  const host = address.slice(0, colon).replace(/^\[|\]$/g, '');
  // Digits only: Number() would take '' as 0 (a random port) and read hex, exponents and blanks.
  const digits = address.slice(colon + 1);
  const port = Number(digits);
  if (colon < 0 || !/^\d{1,5}$/.test(digits) || port > 65535) throw new Error(`--metrics-address ${address}: expected [host]:port`);
  return { host: host || undefined, port };
}

export async function startHttpServer(address: string, metrics: AgentMetrics, checks: ReadinessCheck[]): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/metrics') {
      metrics.registry.metrics().then((text) => {
        response.writeHead(200, { 'Content-Type': metrics.registry.contentType }).end(text);
      }, (error: Error) => response.writeHead(500).end(error.message));
    } else if (url.pathname === '/healthz') {
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok\n');
    } else if (url.pathname === '/readyz') {
      const problems = checks.flatMap((check) => {
        const problem = check.problem();
        return problem ? [`${check.name}: ${problem}`] : [];
      });
      response.writeHead(problems.length ? 503 : 200, { 'Content-Type': 'text/plain' }).end(problems.length ? problems.join('\n') + '\n' : 'ok\n');
    } else {
      response.writeHead(404).end();
    }
  });
  const { host, port } = parseListenAddress(address);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = server.address();
  return { server, port: typeof bound === 'object' && bound ? bound.port : port };
}
