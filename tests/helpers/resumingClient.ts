/**
 * A stream client that resumes like the plugin: one subscription, its positions in
 * common/positions, and after every break a new socket subscribing from the last batch's position.
 * It records, per history (epoch) and topic, every sequence it accepted and every range it was told
 * is lost, so a test can account for each acknowledged message.
 */
import WebSocket from 'ws';
import { StreamPositions, type LostRange } from '../../common/positions/StreamPositions';
import { ClientFrameCodec, ServerFrameCodec } from '../../common/proto';
import { timestampFromMs } from '../../common/time/timestamp';

export interface HistoryRecord {
  epoch: string;
  /** topic -> sequences accepted, in arrival order. */
  delivered: Map<string, number[]>;
  /** Ranges the source stated lost (a restart range has toSequence 0: open-ended). */
  lost: LostRange[];
}

export class ResumingClient {
  readonly positions = new StreamPositions();
  /** One record per history, oldest first. */
  readonly histories: HistoryRecord[] = [];
  /** Repeats the positions dropped (the sidecar may resend across a break; never shown twice). */
  repeats = 0;
  /** When the last batch arrived (ms). */
  lastBatchAt = 0;
  private socket: WebSocket | undefined;
  private closed = false;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly url: () => string,
    private readonly filter: string,
    private readonly sinceMs: number,
    private readonly apiKey: string
  ) {}

  /** Connects (again), resuming from the positions. */
  start(): void {
    this.closed = false;
    this.connect();
  }

  /** Drops the socket and stops reconnecting; start() resumes. */
  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.socket?.terminate();
    this.socket = undefined;
  }

  private connect(): void {
    if (this.closed) {
      return;
    }
    const socket = new WebSocket(this.url(), { headers: { authorization: `Bearer ${this.apiKey}` } });
    this.socket = socket;
    socket.binaryType = 'nodebuffer';
    socket.on('open', () => {
      const from = this.positions.position;
      const frame = ClientFrameCodec.encode({
        subscribe: {
          id: 1,
          filter: this.filter,
          from,
          since: from ? undefined : timestampFromMs(this.sinceMs),
          options: { maxHistory: 100_000 },
        },
      }).finish();
      socket.send(frame);
    });
    socket.on('message', (data: Buffer) => {
      if (socket === this.socket) {
        this.onFrame(data);
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (!this.closed) {
        this.retryTimer = setTimeout(() => this.connect(), 50);
      }
    });
  }

  private onFrame(data: Buffer): void {
    const batch = ServerFrameCodec.decode(data).batch;
    if (!batch) {
      return;
    }
    this.lastBatchAt = Date.now();
    if (batch.position) {
      const epoch = batch.position.epoch ?? '';
      const lost = this.positions.enter(epoch);
      if (this.histories.at(-1)?.epoch !== epoch) {
        this.histories.at(-1)?.lost.push(...lost);
        this.histories.push({ epoch, delivered: new Map(), lost: [] });
      }
    }
    const history = this.histories.at(-1);
    if (!history) {
      return;
    }
    for (const gap of batch.gaps ?? []) {
      const lost = this.positions.skip(gap.topic ?? '', Number(gap.fromSequence), Number(gap.toSequence));
      if (lost) {
        history.lost.push(lost);
      }
    }
    for (const envelope of batch.envelopes ?? []) {
      const topic = envelope.topic ?? '';
      if (!this.positions.accept(topic, Number(envelope.sequence), Number(envelope.offset))) {
        this.repeats++;
        continue;
      }
      const sequences = history.delivered.get(topic) ?? [];
      sequences.push(Number(envelope.sequence));
      history.delivered.set(topic, sequences);
    }
    if (batch.position) {
      this.positions.advance(Number(batch.position.offset));
    }
  }
}
