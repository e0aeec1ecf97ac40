/** `netclaim daemon`: the node agent (run by the DaemonSet). */
import { startDaemon } from '../../agent/daemon.ts';
import { DEFAULT_STATE_DIR } from '../../agent/state-layout.ts';
import { DEFAULT_DRIVER_NAME, DEFAULT_PLUGINS_DIR, DEFAULT_REGISTRY_DIR } from '../../kubelet/kubelet-plugin.ts';
import { createLogger } from '../../log.ts';
import { DEFAULT_SOCKET_PATH } from '../../nri/stub.ts';
import { type Command, UsageError } from '../command.ts';

/** After this long a SIGTERM stops waiting for in-flight work (the DaemonSet grace period is longer). */
const SHUTDOWN_TIMEOUT_MS = 20_000;
/**
 * After a failed start every part that started has been stopped, so the process should end by
 * itself; should a library still hold a socket or timer open, it ends after this long anyway (a
 * daemon that failed to start must never run on, half started).
 */
const FAILED_START_EXIT_MS = 3000;

export const command: Command = {
  summary: 'run the node agent: inventory, kubelet DRA plugin and NRI plugin',
  options: {
    'driver-name': { type: 'string', default: DEFAULT_DRIVER_NAME },
    'node-name': { type: 'string' },
    kubeconfig: { type: 'string' },
    'state-dir': { type: 'string', default: DEFAULT_STATE_DIR },
    'nri-socket': { type: 'string', default: DEFAULT_SOCKET_PATH },
    'nri-index': { type: 'string', default: '10' },
    'kubelet-registry-dir': { type: 'string', default: DEFAULT_REGISTRY_DIR },
    'kubelet-plugins-dir': { type: 'string', default: DEFAULT_PLUGINS_DIR },
    /**
     * CEL over `device` as a DeviceClass selector sees it. Without it: only devices with a bus
     * address (PCI functions, SR-IOV VFs), never a virtual link (veth, bridge, ifb, macvlan).
     * Given, it replaces that default and alone decides; loopback and the uplink family are
     * never offered whatever it says. Not a bool, or failing on every device: exit 1.
     */
    filter: { type: 'string' },
    'metrics-address': { type: 'string', default: ':9177' },
    /** Seconds between looks for pods whose network namespace vanished without a Stop/Remove event. */
    'namespace-check-interval': { type: 'string', default: '10' },
    /** "false": pods found running without their devices are only reported, not attached into. */
    'late-attach': { type: 'string', default: 'true' },
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
    const driverName = values['driver-name'] as string;
    const logger = createLogger({ node: nodeName, driver: driverName });
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
      metricsAddress: values['metrics-address'] as string,
      namespaceCheckIntervalMs: namespaceCheckSeconds * 1000,
      lateAttach: lateAttach === 'true',
      logger,
    }).catch((error: unknown) => {
      logger.error('netclaim agent failed to start; exiting', { error });
      setTimeout(() => process.exit(1), FAILED_START_EXIT_MS).unref();
      throw error;
    });
    logger.info('netclaim agent started', { metricsPort: daemon.metricsPort });
    const signal = await new Promise<NodeJS.Signals>((resolve) => {
      process.once('SIGTERM', () => resolve('SIGTERM'));
      process.once('SIGINT', () => resolve('SIGINT'));
    });
    logger.info('signal received', { signal });
    const timeout = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    await daemon.stop();
    clearTimeout(timeout);
    return 0;
  },
};
