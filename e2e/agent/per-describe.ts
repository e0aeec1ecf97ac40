/**
 * One agent harness per jest describe block: started before its first test, cleaned up after
 * its last (also when a test failed). Tests in the block share it, so each uses its own NICs
 * and pods.
 */
import type { ContainerdVersion } from '../runtime/installation.ts';
import { AgentHarness, type AgentHarnessOptions } from './harness.ts';

const SETUP_TIMEOUT_MS = 60_000;

export function agentPerDescribe(version: ContainerdVersion, options: Omit<AgentHarnessOptions, 'containerd'> = {}): () => AgentHarness {
  let agent: AgentHarness | undefined;
  beforeAll(async () => {
    agent = await AgentHarness.start({ ...options, containerd: version });
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await agent?.cleanup();
  }, SETUP_TIMEOUT_MS);
  return () => {
    if (!agent) throw new Error('the agent harness did not start');
    return agent;
  };
}
