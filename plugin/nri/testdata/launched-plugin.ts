// A runtime-launched plugin for stub.test.ts: the parent hands it a socket as fd 3 with
// NRI_PLUGIN_SOCKET=3, and reads one JSON line per event from its stdout.
import { NriStub } from '../stub.ts';

const stub = new NriStub({
  name: 'ignored-when-launched',
  index: '00',
  handlers: {
    async runPodSandbox(pod) {
      process.stdout.write(JSON.stringify({ event: 'runPodSandbox', uid: pod.uid, netns: pod.netnsPath }) + '\n');
    },
  },
  logger: { debug() {}, info() {}, warn() {}, error() {}, with() { return this; } },
});
stub.onStateChange((state) => process.stdout.write(JSON.stringify({ state }) + '\n'));
await stub.start().catch(() => {});
await stub.done;
