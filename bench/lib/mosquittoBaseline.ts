/**
 * The Mosquitto QoS 1 baseline: a mosquitto of the bench's own on a free loopback port, and MQTT
 * publishers (the `mqtt` package) each keeping a window of QoS 1 publishes in flight, counting PUBACKs.
 * The same shape as the broker's single-message ingest: N publishers × W messages in flight.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import mqtt from 'mqtt';
import { freePort } from '../../tests/helpers/natsServer';
import { sleep } from './stats';

const MOSQUITTO_BINARY = process.env.MOSQUITTO_BINARY ?? '/usr/sbin/mosquitto';

/** QoS 1 messages acknowledged per second by a fresh mosquitto. */
export async function measureMosquittoQos1(publishers: number, window: number, measureMs: number): Promise<number> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'iotlive-mosquitto-'));
  const config = path.join(dir, 'mosquitto.conf');
  writeFileSync(
    config,
    `listener ${port} 127.0.0.1\nallow_anonymous true\npersistence false\nmax_inflight_messages 0\nmax_queued_messages 0\n`
  );
  const broker = spawn(MOSQUITTO_BINARY, ['-c', config], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => broker.once('exit', () => resolve()));
  const clients: mqtt.MqttClient[] = [];
  try {
    for (let attempt = 0; clients.length === 0 && attempt < 50; attempt++) {
      try {
        clients.push(await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, { reconnectPeriod: 0 }));
      } catch {
        await sleep(100);
      }
    }
    while (clients.length < publishers) {
      clients.push(await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, { reconnectPeriod: 0 }));
    }
    let acked = 0;
    let stopping = false;
    const payload = Buffer.from(JSON.stringify({ value: 21.5 }));
    clients.forEach((client, index) => {
      const topic = `bench/mqtt/${index}`;
      const sendOne = () => {
        if (stopping) {
          return;
        }
        client.publish(topic, payload, { qos: 1 }, (err) => {
          if (!err) {
            acked++;
          }
          sendOne();
        });
      };
      for (let i = 0; i < window; i++) {
        sendOne();
      }
    });
    await sleep(1_000);
    const start = acked;
    const t0 = performance.now();
    await sleep(measureMs);
    const rate = ((acked - start) * 1000) / (performance.now() - t0);
    stopping = true;
    return rate;
  } finally {
    await Promise.all(clients.map((client) => client.endAsync(true).catch(() => undefined)));
    broker.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}
