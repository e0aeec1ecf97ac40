/** `netclaim daemon`: the node agent (run by the DaemonSet). */
import { DEFAULT_STATE_DIR } from '../../agent/state-layout.ts';
import { DEFAULT_DRIVER_NAME, DEFAULT_PLUGINS_DIR, DEFAULT_REGISTRY_DIR } from '../../kubelet/defaults.ts';
import { createLogger } from '../../log.ts';
import { DEFAULT_SOCKET_PATH } from '../../nri/stub.ts';
import { buildInfo } from '../../version.ts';
import { type Command, FILTER_OPTION, logLevelOption, logLevelValue, UsageError } from '../command.ts';
import { sharingFlags, sharingFromFlags } from '../sharing-flags.ts';

/** After this long a SIGTERM stops waiting for in-flight work (the DaemonSet grace period is longer). */
const SHUTDOWN_TIMEOUT_MS = 20_000;
/**
 * After a failed start every part that started has been stopped, so the process should end by
 * itself; should a library still hold a socket or timer open, it ends after this long anyway (a
 * daemon that failed to start must never run on, half started).
 */
const FAILED_START_EXIT_MS = 3000;

export const command: Command = {
  options: {
    'driver-name': { type: 'string', value: 'NAME', default: DEFAULT_DRIVER_NAME, description: 'the DRA driver name: of the ResourceSlices, the DeviceClass\'s selectors and the claims\' opaque configs' },
    'node-name': { type: 'string', value: 'NODE', description: 'this node\'s name (default: the NODE_NAME environment variable; one of the two is required)' },
    kubeconfig: { type: 'string', value: 'FILE', description: 'how to reach the API server (default: the in-cluster service account)' },
    'state-dir': { type: 'string', value: 'DIR', default: DEFAULT_STATE_DIR, description: 'prepared claims and pod attachment records; must survive agent restarts (a hostPath)' },
    'nri-socket': { type: 'string', value: 'PATH', default: DEFAULT_SOCKET_PATH, description: 'the container runtime\'s NRI socket' },
    'nri-index': { type: 'string', value: 'NN', default: '10', description: 'the NRI plugin index, two digits: the order among the runtime\'s plugins' },
    'kubelet-registry-dir': { type: 'string', value: 'DIR', default: DEFAULT_REGISTRY_DIR, description: 'where the kubelet looks for plugin registration sockets' },
    'kubelet-plugins-dir': { type: 'string', value: 'DIR', default: DEFAULT_PLUGINS_DIR, description: 'where the DRA plugin socket is served (under NAME/)' },
    filter: FILTER_OPTION,
    'metrics-address': { type: 'string', value: 'HOST:PORT', default: ':9177', description: '/metrics, /healthz and /readyz' },
    'namespace-check-interval': { type: 'string', value: 'SECONDS', default: '10', description: 'how often to look for pods whose network namespace vanished without a Stop/Remove event' },
    'late-attach': { type: 'string', value: 'true|false', default: 'true', description: 'attach devices into pods found running without them; false only reports them (Event, metric)' },
    'log-level': logLevelOption('info', 'the least severe log line written'),
    ...sharingFlags,
    'taint-unhealthy-devices': { type: 'string', value: 'true|false', default: 'false', description: 'publish a device whose link stays down longer than --taint-after with a NoSchedule taint (where the API server serves device taints)' },
    'taint-after': { type: 'string', value: 'SECONDS', default: '60', description: 'how long a device must stay unhealthy (carrier lost, link gone) before it is tainted' },
    'pod-uid': {
      type: 'string', value: 'UID',
      description: 'the agent pod\'s UID (default: the POD_UID environment variable, from the downward API): per-instance kubelet socket names, so an upgrade runs the new agent beside the old one',
    },
  },
  async run(values) {
    const nodeName = (values['node-name'] as string | undefined) ?? process.env.NODE_NAME;
    if (!nodeName) throw new UsageError('--node-name or the NODE_NAME environment variable is required');
    const nriIndex = values['nri-index'] as string;
    if (!/^\d\d$/.test(nriIndex)) throw new UsageError('--nri-index must be two digits, e.g. 10');
    const namespaceCheckSeconds = Number(values['namespace-check-interval']);
    if (!(namespaceCheckSeconds > 0)) throw new UsageError('--namespace-check-interval must be a positive number of seconds');
    const lateAttach = values['late-attach'] as string;
    if (lateAttach !== 'true' && lateAttach !== 'false') throw new UsageError('--late-attach must be true or false');
    const taintUnhealthy = values['taint-unhealthy-devices'] as string;
    if (taintUnhealthy !== 'true' && taintUnhealthy !== 'false') throw new UsageError('--taint-unhealthy-devices must be true or false');
    const taintAfterSeconds = Number(values['taint-after']);
    if (!(taintAfterSeconds >= 0) || !Number.isFinite(taintAfterSeconds)) throw new UsageError('--taint-after must be a number of seconds, 0 or more');
    const podUid = (values['pod-uid'] as string | undefined) ?? process.env.POD_UID;
    // It becomes part of socket file names.
    if (podUid !== undefined && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(podUid)) throw new UsageError('--pod-uid (or POD_UID) must be a pod UID: lowercase letters, digits and dashes');
    const driverName = values['driver-name'] as string;
    const logger = createLogger({ node: nodeName, driver: driverName }, { level: logLevelValue(values) });
    const { version, commit } = buildInfo();
    logger.info('netclaim agent starting', { version, commit: commit ?? 'unknown', flags: { ...values, 'node-name': nodeName } });
    // Loaded here, not at the top: `netclaim daemon --help` needs none of the agent.
    const { startDaemon } = await import('../../agent/daemon.ts');
    const { HandoverRefusedError } = await import('../../agent/handover.ts');
    // Listened for from the start: a new instance may wait for the old one to hand over, and a
    // SIGTERM then must stop the wait and close what it opened, not kill the process.
    const stopRequested = new AbortController();
    const signalled = new Promise<NodeJS.Signals>((resolve) => {
      for (const name of ['SIGTERM', 'SIGINT'] as const) {
        process.once(name, () => {
          stopRequested.abort(new Error(`${name} received`));
          resolve(name);
        });
      }
    });
    const daemon = await startDaemon({
      driverName,
      nodeName,
      kubeconfig: values.kubeconfig as string | undefined,
      stateDir: values['state-dir'] as string,
      nriSocket: values['nri-socket'] as string,
      nriIndex,
      registryDir: values['kubelet-registry-dir'] as string,
      pluginsDir: values['kubelet-plugins-dir'] as string,
      filter: values.filter as string | undefined,
      sharing: sharingFromFlags(values),
      metricsAddress: values['metrics-address'] as string,
      namespaceCheckIntervalMs: namespaceCheckSeconds * 1000,
      lateAttach: lateAttach === 'true',
      taintUnhealthyDevices: taintUnhealthy === 'true',
      taintAfterMs: taintAfterSeconds * 1000,
      podUid,
      signal: stopRequested.signal,
      logger,
    }).catch((error: unknown) => {
      if (stopRequested.signal.aborted || error instanceof HandoverRefusedError) return undefined;
      logger.error('netclaim agent failed to start; exiting', { error });
      setTimeout(() => process.exit(1), FAILED_START_EXIT_MS).unref();
      throw error;
    });
    if (!daemon) {
      // Stopped while waiting for the old instance, or this is the old instance restarted after it
      // handed over (its pod is about to be deleted): nothing of ours runs; wait to be stopped.
      if (!stopRequested.signal.aborted) logger.warn('another agent instance serves the node and will not hand it back; idle until stopped');
      logger.info('signal received', { signal: await idleUntil(signalled) });
      return 0;
    }
    logger.info('netclaim agent started', { metricsPort: daemon.metricsPort });
    const ended = await Promise.race([signalled, daemon.retired.then((successor) => ({ successor }))]);
    if (typeof ended === 'object') {
      logger.info('signal received', { signal: await idleUntil(signalled) });
      return 0;
    }
    logger.info('signal received', { signal: ended });
    const timeout = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    await daemon.stop();
    clearTimeout(timeout);
    return 0;
  },
};

/**
 * Keeps the process up with nothing running until it is signalled: exiting would make the kubelet
 * restart the container (and the restarted agent would ask for the node back).
 */
async function idleUntil<T>(signalled: Promise<T>): Promise<T> {
  const keepAlive = setInterval(() => undefined, 2 ** 30);
  try {
    return await signalled;
  } finally {
    clearInterval(keepAlive);
  }
}
