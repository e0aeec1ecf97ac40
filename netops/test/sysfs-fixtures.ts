/** Stand-in sysfs trees for tests that need no real device. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A character device's class entry as the kernel shows it: <root>/class/<class>/<name>/uevent and dev. */
export function writeCharDeviceUevent(sysfsRoot: string, deviceClass: string, name: string, major: number, minor: number, devName = `infiniband/${name}`): void {
  const dir = path.join(sysfsRoot, 'class', deviceClass, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'uevent'), `MAJOR=${major}\nMINOR=${minor}\nDEVNAME=${devName}\n`);
  writeFileSync(path.join(dir, 'dev'), `${major}:${minor}\n`);
}
