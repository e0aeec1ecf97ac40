/**
 * pluginregistration.Registration: how the kubelet's plugin watcher learns that a DRA driver
 * exists, where its DRA socket is and which API versions it speaks.
 */
import type { ServiceDefinition, UntypedServiceImplementation, sendUnaryData, ServerUnaryCall } from '@grpc/grpc-js';
import { registration } from '../../nri-proto/kubelet/index.ts';
import { unaryMethod, type MessageCodec } from './wire.ts';

export const DRA_PLUGIN_TYPE = 'DRAPlugin';
/** Preferred first: Kubernetes 1.34+ takes the first it knows, 1.33 only knows v1beta1. */
export const SUPPORTED_VERSIONS = ['v1.DRAPlugin', 'v1beta1.DRAPlugin'];

export interface PluginInfo { type: string; name: string; endpoint: string; supported_versions: string[] }
export interface RegistrationStatus { plugin_registered?: boolean | null; error?: string | null }
type Empty = object;

const registrationServicePath = {
  GetInfo: '/pluginregistration.Registration/GetInfo',
  NotifyRegistrationStatus: '/pluginregistration.Registration/NotifyRegistrationStatus',
} as const;

export const registrationServiceDefinition: ServiceDefinition = {
  GetInfo: unaryMethod(registrationServicePath.GetInfo, registration.InfoRequest as MessageCodec<Empty>, registration.PluginInfo as MessageCodec<PluginInfo>),
  NotifyRegistrationStatus: unaryMethod(
    registrationServicePath.NotifyRegistrationStatus,
    registration.RegistrationStatus as MessageCodec<RegistrationStatus>,
    registration.RegistrationStatusResponse as MessageCodec<Empty>,
  ),
};

export function registrationServiceImplementation(
  info: PluginInfo,
  onStatus: (status: { registered: boolean; error: string }) => void,
): UntypedServiceImplementation {
  return {
    GetInfo: (_call: ServerUnaryCall<Empty, PluginInfo>, callback: sendUnaryData<PluginInfo>) => callback(null, info),
    NotifyRegistrationStatus: (call: ServerUnaryCall<RegistrationStatus, Empty>, callback: sendUnaryData<Empty>) => {
      onStatus({ registered: call.request.plugin_registered === true, error: call.request.error ?? '' });
      callback(null, {});
    },
  };
}
