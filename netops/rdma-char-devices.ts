/**
 * Numbers of the RDMA character devices (/dev/infiniband/uverbsN, rdma_cm, umadN, issmN), read
 * from sysfs rather than from /dev. A container's /dev is filled once, when it starts (a
 * privileged container gets the host's device nodes of that moment), so a device created later
 * (a driver loaded after the agent started, the uverbs of a VF made later) is missing there;
 * sysfs (the kernel's, which a privileged container has) shows every device as soon as the
 * kernel has it, with the numbers and the node name devtmpfs uses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The sysfs classes whose devices have their nodes under /dev/infiniband. */
const RDMA_CLASSES = ['infiniband_verbs', 'misc', 'infiniband_mad'];
const RDMA_DEV_DIR = '/dev/infiniband';

export interface CharDeviceNumbers {
  major: number;
  minor: number;
}

export class CharDeviceNotFoundError extends Error {
  constructor(devicePath: string, reason: string) {
    super(`${devicePath}: ${reason}`);
    this.name = 'CharDeviceNotFoundError';
  }
}

/** `devicePath` is the node's path as containers see it, e.g. /dev/infiniband/uverbs0. */
export function rdmaCharDeviceNumbers(devicePath: string, sysfsRoot = '/sys'): CharDeviceNumbers {
  const name = path.posix.relative(RDMA_DEV_DIR, devicePath);
  if (!/^[A-Za-z0-9_.-]+$/.test(name) || name.startsWith('.')) throw new CharDeviceNotFoundError(devicePath, `not a device directly under ${RDMA_DEV_DIR}`);
  for (const deviceClass of RDMA_CLASSES) {
    const uevent = readUevent(path.join(sysfsRoot, 'class', deviceClass, name, 'uevent'));
    // DEVNAME is where devtmpfs puts the node: it must be this one, not a same-named device elsewhere.
    if (uevent?.DEVNAME !== `infiniband/${name}`) continue;
    const major = Number(uevent.MAJOR);
    const minor = Number(uevent.MINOR);
    if (!Number.isInteger(major) || !Number.isInteger(minor)) throw new CharDeviceNotFoundError(devicePath, `sysfs ${deviceClass}/${name}/uevent has no device numbers`);
    return { major, minor };
  }
  throw new CharDeviceNotFoundError(devicePath, `no such device in sysfs (classes ${RDMA_CLASSES.join(', ')})`);
}

function readUevent(file: string): Record<string, string> | undefined {
  let text: string;
  try {
    // A uevent file is a few lines; anything else is not one.
    text = readFileSync(file, 'utf8').slice(0, 4096);
  } catch {
    return undefined;
  }
  return Object.fromEntries(text.split('\n').flatMap((line) => {
    const equals = line.indexOf('=');
    return equals > 0 ? [[line.slice(0, equals), line.slice(equals + 1)]] : [];
  }));
}
