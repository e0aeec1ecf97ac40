/** The root qdisc of a link as tc reports it (`tc -j`): for tests of egress rates set elsewhere. */
import { execFileSync } from 'node:child_process';

export interface TcQdisc { kind: string; root?: boolean; options?: { rate?: number; burst?: number } }

/** tbf reports its rate in bytes per second. */
export function rootQdisc(name: string, netns?: string): TcQdisc | undefined {
  const output = execFileSync('tc', [...(netns ? ['-n', netns] : []), '-j', 'qdisc', 'show', 'dev', name], { encoding: 'utf8' });
  return (JSON.parse(output) as TcQdisc[]).find((qdisc) => qdisc.root);
}
