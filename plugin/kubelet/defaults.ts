/**
 * Where the kubelet expects a DRA driver and under which name, by default: the CLI's flags take
 * them without loading the kubelet plugin (and with it gRPC), which `netclaim inventory` never serves.
 */
export const DEFAULT_DRIVER_NAME = 'netclaim.io';
export const DEFAULT_REGISTRY_DIR = '/var/lib/kubelet/plugins_registry';
export const DEFAULT_PLUGINS_DIR = '/var/lib/kubelet/plugins';
