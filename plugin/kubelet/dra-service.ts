/**
 * The kubelet's DRAPlugin service, v1 and v1beta1, from one implementation: the two versions'
 * messages are the same on the wire except Device.share_id (v1 only, field 5), set for a device
 * allocated as a shared parent; a v1beta1 kubelet (1.33) has no consumable capacity, so it never
 * sends a claim with one. Only the service path differs.
 *
 * Per-claim failures go in the response's error field (the kubelet reports them per claim and
 * retries); a gRPC error status is reserved for a request that cannot be answered at all.
 */
import { status, type ServiceDefinition, type UntypedServiceImplementation, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { draV1, draV1beta1 } from '../../nri-proto/kubelet/index.ts';
import type { ClaimRef } from '../claims/plan.ts';
import type { PrepareOutcome } from '../claims/preparer.ts';
import { unaryMethod, type MessageCodec } from './wire.ts';
import { errorMessage } from '../errors.ts';

/**
 * The most claims one call may carry. The kubelet sends one call per pod with that pod's claims
 * for this driver, and each claim holds at least one of the node's NICs, so real calls carry a
 * handful; gRPC's 4 MiB message limit alone would let a peer send some 40000, each costing us an
 * API read and a place in memory until the call ends.
 */
export const MAX_CLAIMS_PER_CALL = 128;

export const DRA_VERSIONS = ['v1', 'v1beta1'] as const;
export type DraVersion = (typeof DRA_VERSIONS)[number];

/** What serves the calls: ClaimPreparer, seen through the wire's eyes. */
export interface DraHandler {
  prepare(claims: readonly ClaimRef[]): Promise<Map<string, PrepareOutcome>>;
  unprepare(claims: readonly ClaimRef[]): Promise<Map<string, string | undefined>>;
}

interface ClaimMessage { namespace?: string | null; uid?: string | null; name?: string | null }
interface ClaimsRequest { claims?: (ClaimMessage | null)[] | null }
interface DeviceMessage { request_names: string[]; pool_name: string; device_name: string; cdi_device_ids: string[]; share_id?: string }
interface PrepareResponse { claims: Record<string, { devices: DeviceMessage[]; error: string }> }
interface UnprepareResponse { claims: Record<string, { error: string }> }

const messages: Record<DraVersion, typeof draV1 | typeof draV1beta1> = { v1: draV1, v1beta1: draV1beta1 };

function draServicePath(version: DraVersion, method: 'NodePrepareResources' | 'NodeUnprepareResources'): string {
  return `/k8s.io.kubelet.pkg.apis.dra.${version}.DRAPlugin/${method}`;
}

export function draServiceDefinition(version: DraVersion): ServiceDefinition {
  const m = messages[version];
  return {
    NodePrepareResources: unaryMethod(
      draServicePath(version, 'NodePrepareResources'),
      m.NodePrepareResourcesRequest as MessageCodec<ClaimsRequest>,
      m.NodePrepareResourcesResponse as MessageCodec<PrepareResponse>,
    ),
    NodeUnprepareResources: unaryMethod(
      draServicePath(version, 'NodeUnprepareResources'),
      m.NodeUnprepareResourcesRequest as MessageCodec<ClaimsRequest>,
      m.NodeUnprepareResourcesResponse as MessageCodec<UnprepareResponse>,
    ),
  };
}

export function draServiceImplementation(handler: DraHandler): UntypedServiceImplementation {
  return {
    NodePrepareResources: (call: ServerUnaryCall<ClaimsRequest, PrepareResponse>, callback: sendUnaryData<PrepareResponse>) => {
      answer(call.request, callback, async (refs) => {
        const outcomes = await handler.prepare(refs);
        return { claims: Object.fromEntries(refs.map((ref) => [ref.uid, prepareAnswer(outcomes.get(ref.uid))])) };
      });
    },
    NodeUnprepareResources: (call: ServerUnaryCall<ClaimsRequest, UnprepareResponse>, callback: sendUnaryData<UnprepareResponse>) => {
      answer(call.request, callback, async (refs) => {
        const errors = await handler.unprepare(refs);
        return { claims: Object.fromEntries(refs.map((ref) => [ref.uid, { error: errors.get(ref.uid) ?? '' }])) };
      });
    },
  };
}

function answer<Response>(request: ClaimsRequest, callback: sendUnaryData<Response>, serve: (refs: ClaimRef[]) => Promise<Response>): void {
  let refs: ClaimRef[];
  try {
    refs = claimRefs(request);
  } catch (error) {
    callback({ code: status.INVALID_ARGUMENT, details: (error as Error).message });
    return;
  }
  serve(refs).then(
    (response) => callback(null, response),
    (error: unknown) => callback({ code: status.INTERNAL, details: errorMessage(error) }),
  );
}

/** The response is keyed by claim UID, so a claim without one (or without a name) cannot be answered. */
function claimRefs(request: ClaimsRequest): ClaimRef[] {
  const claims = request.claims ?? [];
  if (claims.length > MAX_CLAIMS_PER_CALL) throw new Error(`claims: ${claims.length} in one call, at most ${MAX_CLAIMS_PER_CALL} (one pod's claims of this driver)`);
  return claims.map((claim, index) => {
    const ref = { namespace: claim?.namespace ?? '', name: claim?.name ?? '', uid: claim?.uid ?? '' };
    const missing = (['namespace', 'name', 'uid'] as const).filter((field) => ref[field] === '');
    if (missing.length > 0) throw new Error(`claims[${index}]: ${missing.join(', ')} must be set`);
    return ref;
  });
}

function prepareAnswer(outcome: PrepareOutcome | undefined): { devices: DeviceMessage[]; error: string } {
  if (outcome === undefined) return { devices: [], error: 'claim was not processed' };
  if ('error' in outcome) return { devices: [], error: outcome.error };
  return {
    devices: outcome.prepared.devices.map((device) => ({
      request_names: [device.request],
      pool_name: device.pool,
      device_name: device.device,
      // Devices reach the pod through NRI at sandbox creation, not through CDI.
      cdi_device_ids: [],
      ...(device.shareId === undefined ? {} : { share_id: device.shareId }),
    })),
    error: '',
  };
}
