/**
 * Sidecars for tests: startSidecar() runs one in-process on 127.0.0.1 (an ephemeral port unless
 * given) against a broker target, and can restart it on the same port. StreamTestClient is a small
 * typed WebSocket client of the stream protocol: it records every decoded ServerFrame and waits for
 * the ones a test expects.
 */
import pino from 'pino';
import WebSocket from 'ws';
import { ClientFrameCodec, ServerFrameCodec, type ClientFrame, type Envelope } from '../../common/proto';
import type { iot } from '../../common/proto/generated';
import { SidecarMetrics } from '../../services/sidecar/metrics';
import { createSidecar, type CreateSidecarOptions, type Sidecar } from '../../services/sidecar/sidecar';

/** The API key test sidecars accept when the caller configures no auth. */
export const TEST_API_KEY = 'sidecar-test-key-0123456789';

export interface StartSidecarOptions extends Omit<CreateSidecarOptions, 'listen'> {
  /** The broker, "host:port". */
  brokerTarget: string;
  /** Listen on this port (0 or absent: any free port). */
  port?: number;
}

export interface StartedSidecar {
  /** http://127.0.0.1:<port> */
  url: string;
  /** ws://127.0.0.1:<port>/api/stream */
  streamUrl: string;
  /** http://127.0.0.1:<metrics port>, where /metrics is served (apart from `url`). */
  metricsUrl: string;
  port: number;
  sidecar: Sidecar;
  /** Stops it gracefully; safe to call twice. */
  close(): Promise<void>;
  /** Closes this sidecar and starts a new one with the same options on the same port. */
  restart(): Promise<StartedSidecar>;
}

/** Starts a sidecar in this process; quiet logs, no default process metrics, TEST_API_KEY unless auth is given. */
export async function startSidecar(options: StartSidecarOptions): Promise<StartedSidecar> {
  const { port = 0, ...rest } = options;
  const hasAuth = rest.apiKey !== undefined || rest.authEntries !== undefined || rest.insecure === true;
  const sidecar = createSidecar({
    logger: pino({ level: process.env.SIDECAR_TEST_LOG_LEVEL ?? 'silent' }),
    metrics: new SidecarMetrics({ defaultMetrics: false }),
    ...rest,
    apiKey: hasAuth ? rest.apiKey : TEST_API_KEY,
    listen: `127.0.0.1:${port}`,
    metricsListen: '127.0.0.1:0',
  });
  const bound = await sidecar.listen();
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= sidecar.close());
  return {
    url: `http://127.0.0.1:${bound.port}`,
    streamUrl: `ws://127.0.0.1:${bound.port}/api/stream`,
    metricsUrl: `http://${bound.metricsAddress}`,
    port: bound.port,
    sidecar,
    close,
    async restart() {
      await close();
      return startSidecar({ ...options, port: bound.port });
    },
  };
}

/** Reads a metric's value from /metrics at `url` (sum over label sets); undefined when absent. */
export async function readMetric(url: string, name: string): Promise<number | undefined> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let total: number | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name} `) || line.startsWith(`${name}{`)) {
      total = (total ?? 0) + Number(line.slice(line.lastIndexOf(' ') + 1));
    }
  }
  return total;
}

export type DecodedFrame = iot.stream.v1.ServerFrame;

interface Waiter {
  predicate: (frame: DecodedFrame) => boolean;
  resolve: (frame: DecodedFrame) => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

export class StreamTestClient {
  /** Every frame received, in order. */
  readonly frames: DecodedFrame[] = [];
  /** Resolves with the close code and reason. */
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly waiters = new Set<Waiter>();

  private constructor(readonly socket: WebSocket) {
    socket.binaryType = 'nodebuffer';
    socket.on('message', (data: Buffer) => {
      const frame = ServerFrameCodec.decode(data);
      this.frames.push(frame);
      for (const waiter of [...this.waiters]) {
        if (waiter.predicate(frame)) {
          this.waiters.delete(waiter);
          clearTimeout(waiter.timer);
          waiter.resolve(frame);
        }
      }
    });
    this.closed = new Promise((resolve) => {
      socket.once('close', (code, reason) => {
        for (const waiter of this.waiters) {
          clearTimeout(waiter.timer);
          waiter.reject(new Error(`the socket closed (${code}) while waiting for a frame`));
        }
        this.waiters.clear();
        resolve({ code, reason: reason.toString() });
      });
    });
  }

  /** Opens a stream connection with `Authorization: Bearer <key>` (no header when key is null). */
  static connect(streamUrl: string, key: string | null = TEST_API_KEY): Promise<StreamTestClient> {
    const socket = new WebSocket(streamUrl, { headers: key === null ? {} : { authorization: `Bearer ${key}` } });
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new StreamTestClient(socket)));
      socket.once('unexpected-response', (_req, res) => {
        reject(Object.assign(new Error(`upgrade refused with ${res.statusCode}`), { statusCode: res.statusCode }));
        socket.terminate();
      });
      socket.once('error', reject);
    });
  }

  /** Sends one ClientFrame. */
  send(frame: ClientFrame): void {
    this.socket.send(ClientFrameCodec.encode(frame).finish());
  }

  /** Sends Subscribe. */
  subscribe(subscribe: iot.stream.v1.ISubscribe): void {
    this.send({ subscribe });
  }

  /** Resolves with the first frame (already received or not) matching `predicate`. */
  waitFor(predicate: (frame: DecodedFrame) => boolean, timeoutMs = 10_000, what = 'a frame'): Promise<DecodedFrame> {
    const seen = this.frames.find(predicate);
    if (seen) {
      return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Waits until `condition` over every frame so far holds. */
  async until(condition: (frames: readonly DecodedFrame[]) => boolean, timeoutMs = 10_000, what = 'a condition'): Promise<void> {
    if (condition(this.frames)) {
      return;
    }
    await this.waitFor(() => condition(this.frames), timeoutMs, what);
  }

  /** The stream id of the newest Subscribed for a subscription. */
  streamIdOf(subscriptionId: number): number | undefined {
    const subscribed = this.frames.filter((frame) => frame.subscribed?.subscriptionId === subscriptionId);
    return subscribed.at(-1)?.subscribed?.streamId ?? undefined;
  }

  /**
   * The batches a subscription received, following its Subscribed frames: batches under each stream
   * id it was given, from that Subscribed on.
   */
  batchesOf(subscriptionId: number): iot.stream.v1.IBatch[] {
    const out: iot.stream.v1.IBatch[] = [];
    let streamId: number | undefined;
    for (const frame of this.frames) {
      if (frame.subscribed?.subscriptionId === subscriptionId) {
        streamId = frame.subscribed.streamId ?? undefined;
      } else if (frame.batch && streamId !== undefined && frame.batch.streamId === streamId) {
        out.push(frame.batch);
      }
    }
    return out;
  }

  /** The envelopes a subscription received, in order. */
  envelopesOf(subscriptionId: number): Envelope[] {
    return this.batchesOf(subscriptionId).flatMap((batch) => batch.envelopes ?? []);
  }

  /** Errors received (optionally for one subscription). */
  errors(subscriptionId?: number): iot.stream.v1.IError[] {
    return this.frames
      .map((frame) => frame.error)
      .filter((error): error is iot.stream.v1.Error => Boolean(error) && (subscriptionId === undefined || error!.subscriptionId === subscriptionId));
  }

  /** Stops reading from the socket (the kernel buffers fill, and the sidecar sees a slow client). */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  /** Closes the connection and waits for it. */
  async close(): Promise<void> {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(1000);
      const timer = setTimeout(() => this.socket.terminate(), 2_000);
      await this.closed;
      clearTimeout(timer);
    }
  }
}
