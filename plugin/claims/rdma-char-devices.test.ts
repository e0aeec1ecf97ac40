import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rdmaCharDevicePaths } from './rdma-char-devices.ts';

describe('rdmaCharDevicePaths', () => {
  let sys: string;
  beforeEach(async () => {
    sys = await mkdtemp(join(tmpdir(), 'netclaim-sys-'));
    for (const [node, ibdev] of [['uverbs0', 'mlx5_0'], ['uverbs1', 'mlx5_1']]) {
      await mkdir(join(sys, 'class', 'infiniband_verbs', node!), { recursive: true });
      await writeFile(join(sys, 'class', 'infiniband_verbs', node!, 'ibdev'), `${ibdev}\n`);
    }
    await mkdir(join(sys, 'class', 'infiniband_verbs', 'abi_version'), { recursive: true });
  });
  afterEach(async () => {
    await rm(sys, { recursive: true, force: true });
  });

  test('the uverbs node of the named RDMA device, and rdma_cm when the kernel has it', async () => {
    expect(rdmaCharDevicePaths('mlx5_1', sys)).toEqual(['/dev/infiniband/uverbs1']);
    await mkdir(join(sys, 'class', 'misc', 'rdma_cm'), { recursive: true });
    expect(rdmaCharDevicePaths('mlx5_1', sys)).toEqual(['/dev/infiniband/uverbs1', '/dev/infiniband/rdma_cm']);
  });

  test('nothing for a device without verbs, or a host without RDMA at all', async () => {
    await mkdir(join(sys, 'class', 'misc', 'rdma_cm'), { recursive: true });
    expect(rdmaCharDevicePaths('irdma0', sys)).toEqual([]);
    expect(rdmaCharDevicePaths('mlx5_0', join(sys, 'missing'))).toEqual([]);
  });
});
