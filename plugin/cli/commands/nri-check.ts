/**
 * `netclaim nri-check [--socket PATH] [--watch] [--json] [--timeout MS]`: is NRI enabled and
 * working on this node? Connects exactly as the agent does (as plugin 99-netclaim-check, so it
 * never collides with the agent), reports the runtime, the accepted event mask and how many pods
 * and containers Synchronize reported, then disconnects. Exit 0 when healthy, 1 with the reason
 * and what to do about it otherwise. --watch stays connected and prints one JSON line per pod or
 * container event until SIGINT.
 */
import { createLogger, type LogLevel } from '../../log.ts';
import { maskEventNames } from '../../nri/events.ts';
import { DEFAULT_SOCKET_PATH, NriConnectionError, NriStub, type Container, type NriHandlers, type Pod } from '../../nri/stub.ts';
import { logLevelOption, logLevelValue, UsageError, type Command, type CommandValues } from '../command.ts';
import { errorMessage } from '../../errors.ts';

export const CHECK_PLUGIN_NAME = 'netclaim-check';
export const CHECK_PLUGIN_INDEX = '99';

export interface NriCheckOptions {
  socketPath: string;
  watch: boolean;
  json: boolean;
  timeoutMs: number;
  /** The NRI connection's own log lines; error by default (the report is the output). */
  logLevel?: LogLevel;
  /** Ends --watch; the command wires it to SIGINT. */
  stop?: AbortSignal;
  write(line: string): void;
}

function eventLine(event: string, pod: Pod, container?: Container): string {
  return JSON.stringify({
    event,
    namespace: pod.namespace,
    pod: pod.name,
    podUid: pod.uid,
    netns: pod.netnsPath ?? null,
    ...(container ? { container: container.name, containerId: container.id } : {}),
  });
}

export async function checkNri(options: NriCheckOptions): Promise<number> {
  let counts = { pods: 0, containers: 0 };
  const handlers: NriHandlers = options.watch
    ? {
        async runPodSandbox(pod) { options.write(eventLine('RunPodSandbox', pod)); },
        async stopPodSandbox(pod) { options.write(eventLine('StopPodSandbox', pod)); },
        async removePodSandbox(pod) { options.write(eventLine('RemovePodSandbox', pod)); },
        async createContainer(pod, container) {
          options.write(eventLine('CreateContainer', pod, container));
          return undefined;
        },
      }
    : {
        // Some subscription is required (an empty mask means all events); this one costs nothing.
        async runPodSandbox() {},
      };
  handlers.synchronize = async (pods, containers) => {
    counts = { pods: pods.length, containers: containers.length };
  };
  const stub = new NriStub({
    name: CHECK_PLUGIN_NAME,
    index: CHECK_PLUGIN_INDEX,
    handlers,
    socketPath: options.socketPath,
    reconnect: false,
    registrationTimeoutMs: options.timeoutMs,
    logger: createLogger({ command: 'nri-check' }, { level: options.logLevel ?? 'error' }),
    env: {},
  });

  let runtime;
  try {
    runtime = await stub.start();
  } catch (error) {
    const kind = error instanceof NriConnectionError ? error.kind : 'error';
    const reason = errorMessage(error);
    options.write(options.json ? JSON.stringify({ healthy: false, socket: options.socketPath, reason: kind, message: reason }) : `NRI not working at ${options.socketPath} (${kind}): ${reason}`);
    return 1;
  }
  const report = {
    healthy: true,
    socket: options.socketPath,
    runtime: { name: runtime.name, version: runtime.version },
    events: { mask: `0x${runtime.events.toString(16)}`, names: maskEventNames(runtime.events) },
    requestTimeoutMs: runtime.requestTimeoutMs,
    registrationTimeoutMs: runtime.registrationTimeoutMs,
    pods: counts.pods,
    containers: counts.containers,
  };
  options.write(options.json
    ? JSON.stringify(report)
    : [
        `NRI is working at ${report.socket}`,
        `  runtime:   ${report.runtime.name} ${report.runtime.version}`,
        `  events:    ${report.events.mask} (${report.events.names.join(', ')}) accepted`,
        `  timeouts:  request ${report.requestTimeoutMs} ms, registration ${report.registrationTimeoutMs} ms`,
        `  synchronized: ${report.pods} pods, ${report.containers} containers`,
      ].join('\n'));
  if (!options.watch) {
    await stub.close();
    return 0;
  }
  const stopped = new Promise<'stopped'>((resolve) => {
    if (options.stop?.aborted) resolve('stopped');
    options.stop?.addEventListener('abort', () => resolve('stopped'), { once: true });
  });
  const outcome = await Promise.race([stopped, stub.done.then(() => 'lost' as const)]);
  await stub.close();
  if (outcome === 'stopped') return 0;
  options.write(options.json ? JSON.stringify({ healthy: false, reason: 'disconnected', message: 'the runtime closed the NRI connection' }) : 'NRI connection lost: the runtime closed it (restarted?)');
  return 1;
}

export const command: Command = {
  options: {
    socket: { type: 'string', value: 'PATH', default: DEFAULT_SOCKET_PATH, description: 'the runtime\'s NRI socket' },
    watch: { type: 'boolean', description: 'stay connected and print one JSON line per pod or container event until Ctrl-C' },
    json: { type: 'boolean', description: 'print the report as one JSON object' },
    timeout: { type: 'string', value: 'MS', default: '5000', description: 'how long to wait for the connection and the registration, in milliseconds' },
    'log-level': logLevelOption('error', 'the least severe of the NRI connection\'s own log lines written to standard error'),
  },
  async run(values: CommandValues): Promise<number> {
    const timeoutMs = Number(values.timeout);
    if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new UsageError(`--timeout takes milliseconds, got ${String(values.timeout)}`);
    const logLevel = logLevelValue(values);
    const stop = new AbortController();
    process.once('SIGINT', () => stop.abort());
    return checkNri({
      socketPath: String(values.socket),
      watch: values.watch === true,
      json: values.json === true,
      timeoutMs,
      logLevel,
      stop: stop.signal,
      write: (line) => process.stdout.write(line + '\n'),
    });
  },
};
