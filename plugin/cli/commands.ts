/**
 * The tool's commands: what each is for, and how to load it. A command's module (with its
 * options) is loaded only when that command runs or its help is asked for, so `inventory` never
 * pays for the gRPC or Kubernetes client code the daemon needs, and `netclaim --help` for none.
 */
import type { Command } from './command.ts';

export interface CommandEntry {
  summary: string;
  load(): Promise<Command>;
}

export const commands: Record<string, CommandEntry> = {
  inventory: {
    summary: 'list the network devices this node would offer, with their attributes, and what it leaves out',
    load: async () => (await import('./commands/inventory.ts')).command,
  },
  attach: {
    summary: 'move a host interface into a network namespace and configure it, as pod start does',
    load: async () => (await import('./commands/attach.ts')).command,
  },
  detach: {
    summary: 'return an interface attached by `attach` to the host and restore its state',
    load: async () => (await import('./commands/detach.ts')).command,
  },
  'nri-check': {
    summary: 'check that the container runtime has NRI enabled and accepts plugins',
    load: async () => (await import('./commands/nri-check.ts')).command,
  },
  status: {
    summary: 'show which devices are in which pod, checked against the kernel',
    load: async () => (await import('./commands/status.ts')).command,
  },
  daemon: {
    summary: 'run the node agent: inventory, kubelet DRA plugin and NRI plugin',
    load: async () => (await import('./commands/daemon.ts')).command,
  },
};
