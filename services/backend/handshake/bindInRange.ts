/** Binds a grpc-js server to a free loopback port within the range Grafana allows. */
import * as grpc from '@grpc/grpc-js';
import { InternalError } from '../../../common/errors/errors';
import type { HandshakePlan } from './handshake';

export const LOOPBACK_HOST = '127.0.0.1';

function bind(server: grpc.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(`${LOOPBACK_HOST}:${port}`, grpc.ServerCredentials.createInsecure(), (err, bound) =>
      err ? reject(err) : resolve(bound)
    );
  });
}

/**
 * Tries ports from a random start within the range (two plugins started at once rarely collide),
 * wrapping around once; `random` is injected so tests can pick the start.
 */
export async function bindInRange(
  server: grpc.Server,
  plan: HandshakePlan,
  random: () => number = Math.random
): Promise<number> {
  const size = plan.maxPort - plan.minPort + 1;
  const start = Math.floor(random() * size);
  // Bounded: a busy range fails after a few hundred tries instead of scanning 15,000 ports.
  const attempts = Math.min(size, 200);
  let lastError: unknown;
  for (let i = 0; i < attempts; i++) {
    const port = plan.minPort + ((start + i) % size);
    try {
      return await bind(server, port);
    } catch (err) {
      lastError = err;
    }
  }
  throw new InternalError(
    `no free port on ${LOOPBACK_HOST} within ${plan.minPort}..${plan.maxPort} after ${attempts} tries: ${String(lastError)}`,
    { cause: lastError }
  );
}
