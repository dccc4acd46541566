import * as grpc from '@grpc/grpc-js';
import net from 'node:net';
import { bindInRange } from './bindInRange';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('bindInRange', () => {
  it('binds within the range, moving past a busy port', async () => {
    const base = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(base, '127.0.0.1', resolve));
    const server = new grpc.Server();
    try {
      const port = await bindInRange(server, { minPort: base, maxPort: base + 20 }, () => 0);
      expect(port).toBeGreaterThan(base);
      expect(port).toBeLessThanOrEqual(base + 20);
    } finally {
      server.forceShutdown();
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });

  it('fails with the range in the message when every port is taken', async () => {
    const base = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(base, '127.0.0.1', resolve));
    const server = new grpc.Server();
    try {
      await expect(bindInRange(server, { minPort: base, maxPort: base })).rejects.toThrow(`within ${base}..${base}`);
    } finally {
      server.forceShutdown();
      await new Promise<void>((resolve) => blocker.close(() => resolve()));
    }
  });
});
