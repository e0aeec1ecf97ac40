/**
 * The claim's status.devices entries (KEP-4817) for attached devices: which interface the pod
 * got, its addresses and MAC, and Ready/NetworkReady conditions. Written by server-side apply
 * with the driver as field manager, so other drivers' entries in the same claim are untouched.
 * Pure builders here; the writer (I/O, retries) is claim-status-writer.ts.
 */
import type { AttachResult } from '../../netops/attach.ts';

export interface DeviceStatusInput {
  pool: string;
  device: string;
  result: AttachResult;
}

export interface ClaimStatusDevice {
  driver: string;
  pool: string;
  device: string;
  conditions: Array<{ type: string; status: 'True' | 'False'; reason: string; message: string; lastTransitionTime: string }>;
  networkData: { interfaceName: string; ips: string[]; hardwareAddress: string };
}

export function claimStatusDevices(driver: string, devices: DeviceStatusInput[], now: Date): ClaimStatusDevice[] {
  const time = now.toISOString().replace(/\.\d{3}Z$/, 'Z'); // metav1.Time has second precision
  return devices.map(({ pool, device, result }) => ({
    driver,
    pool,
    device,
    conditions: [
      { type: 'Ready', status: 'True', reason: 'NetworkDeviceAttached', message: `${result.device} is ${result.interfaceName} in the pod`, lastTransitionTime: time },
      { type: 'NetworkReady', status: 'True', reason: 'NetworkConfigured', message: `mtu ${result.mtu}, ${result.ips.length} address(es)`, lastTransitionTime: time },
    ],
    networkData: { interfaceName: result.interfaceName, ips: result.ips, hardwareAddress: result.hardwareAddress },
  }));
}

/** The server-side apply body for a claim's status: only the devices this driver owns. */
export function claimStatusApplyPatch(claim: { namespace: string; name: string }, devices: ClaimStatusDevice[]): object {
  return {
    apiVersion: 'resource.k8s.io/v1',
    kind: 'ResourceClaim',
    metadata: { name: claim.name, namespace: claim.namespace },
    status: { devices },
  };
}
