/**
 * One Grafana Live channel of one datasource: one lease on the sidecar core's shared broker stream
 * (however many readers and viewers), the history its first viewer asked for joined to it with no
 * gap and no duplicate (the core's HistoryJoin), the rows built by the plugin's own operators, and
 * packets paced to the query's update rate.
 *
 * Rows wait in a bounded pending list until a flush sends them to every reader and keeps them in
 * per-series rings; a newcomer's initial data is cut from the rings, so the next packet carries
 * exactly the rows after it. While a viewer that subscribed waits for its reader (Grafana starts
 * RunStream after SubscribeStream), nothing is flushed, so nothing falls between its initial data
 * and its first packet.
 *
 * Why one file past ~300 lines: the join, the pending rows, the flush and the readers share one
 * invariant (a newcomer's snapshot plus the packets after it hold every row once), which stays
 * readable only in one place; naming, rows, rings, pacing and packets are already pieces of their own.
 */
import type { IoTError } from '../../../common/errors/errors';
import type { LiveStreamSpec } from '../../../common/live/liveChannel';
import type { EncodedBatch } from '../../sidecar/stream/encodedBatch';
import type { HistoryJoin } from '../../sidecar/stream/historyJoin';
import type { SharedStreamState, StreamListener } from '../../sidecar/stream/sharedStream';
import type { StreamLease } from '../../sidecar/stream/streamRegistry';
import { conflationOf, startHistoryJoin } from './channelHistory';
import { dataJson, packetJson, schemaJson } from './frameJson';
import { LivePipeline, splitOf } from './LivePipeline';
import { LiveReader, type PacketWriter } from './LiveReader';
import type { LiveNotice, LiveRow } from './liveRows';
import { LiveSchema } from './LiveSchema';
import * as notices from './liveNotices';
import { PacketPacer, realClock, type PacerClock } from './PacketPacer';
import { PendingRows } from './PendingRows';
import { IdleTimer } from './IdleTimer';
import type { LiveChannelConfig } from './LiveChannelConfig';

export type { LiveChannelConfig } from './LiveChannelConfig';
import { SeriesRings } from './SeriesRings';
import { MAX_UPDATE_HZ } from '../../../common/api/streamLimits';

export type LiveChannelState = 'joining' | 'live' | 'failed' | 'closed';

/** A reader's hold on a channel. */
export interface ReaderHandle {
  /** The reader's transport took everything: send again. */
  drained(): void;
  /** Stops sending to the reader; safe to call twice. */
  detach(): void;
}

/** The most packets a second a channel sends, whatever the spec asks. */
export class LiveChannel implements StreamListener {
  readonly path: string;
  readonly spec: LiveStreamSpec;
  /** Where the kept history starts: the first viewer's start, or when the channel opened. */
  readonly historyStartMs: number;
  private readonly config: LiveChannelConfig;
  private readonly clock: PacerClock;
  private readonly schema: LiveSchema;
  private readonly pipeline: LivePipeline;
  private readonly rings: SeriesRings;
  private readonly pacer: PacketPacer;
  private readonly readers = new Set<LiveReader>();
  private readonly lease: StreamLease;
  private join?: HistoryJoin;
  private readonly pending: PendingRows;
  /** Notices about the history, kept for every newcomer's initial data. */
  private historyNotices: LiveNotice[] = [];
  private epoch?: string;
  private awaitingReader = false;
  /** The shared stream broke and has not resumed yet. */
  private reconnecting = false;
  private readonly linger: IdleTimer;
  private failure?: IoTError;
  private _state: LiveChannelState = 'joining';
  private readonly readyPromise: Promise<void>;
  private markReady!: () => void;

  constructor(config: LiveChannelConfig) {
    this.config = config;
    this.path = config.path;
    this.spec = config.spec;
    this.clock = config.clock ?? realClock;
    this.historyStartMs = config.sinceMs ?? this.clock.now();
    this.schema = new LiveSchema({ filter: config.spec.filter, splitBy: splitOf(config.spec), fields: config.spec.fields });
    this.pipeline = new LivePipeline(config.spec, this.schema, config.maxSeries);
    this.rings = new SeriesRings(
      Math.max(1, Math.round(config.spec.bufferSize ?? config.defaultCapacity)),
      config.maxRingRows
    );
    const hz = Math.min(MAX_UPDATE_HZ, config.spec.maxUpdateHz > 0 ? config.spec.maxUpdateHz : config.defaultUpdateHz);
    this.pacer = new PacketPacer(1000 / hz, () => this.flush(), this.clock);
    this.linger = new IdleTimer(config.lingerMs, this.clock, () => {
      if (this._state === 'joining') {
        // A history still loading is waited for: its viewer is about to ask for the initial data.
        this.armLinger();
      } else if (this.readers.size === 0) {
        this.close();
      }
    });
    this.pending = new PendingRows(config.maxPendingRows, config.maxSeries, (rows) =>
      config.metrics.dropped.inc({ reason: 'slow_client' }, rows)
    );
    this.readyPromise = new Promise((resolve) => (this.markReady = resolve));
    this.lease = config.registry.acquire({
      tenant: config.tenant,
      filter: config.spec.filter,
      conflation: conflationOf(config.spec),
      telemetryBlocks: false,
      token: config.token,
    });
    this.open();
    this.armLinger();
  }

  get state(): LiveChannelState {
    return this._state;
  }

  get readerCount(): number {
    return this.readers.size;
  }

  /** Resolves once the history has joined the live stream (at once for a live-only channel). */
  get ready(): Promise<void> {
    return this.readyPromise;
  }

  /** Why the channel failed, once it has. */
  get error(): IoTError | undefined {
    return this.failure;
  }

  /**
   * A viewer's initial data: a full frame (schema and the rows already sent from `sinceMs` on; none
   * for a live-only viewer). Until a reader attaches, flushing waits so the viewer misses nothing.
   */
  initialData(sinceMs: number | undefined): Buffer {
    const viewerNotices = [...this.historyNotices];
    let rows: LiveRow[] = [];
    if (sinceMs !== undefined) {
      const snapshot = this.rings.snapshot(sinceMs);
      rows = snapshot.rows;
      const startMs = Math.max(this.historyStartMs, snapshot.truncatedAtMs ?? Number.NEGATIVE_INFINITY);
      if (sinceMs < startMs) {
        viewerNotices.push(notices.historyStartNotice(startMs));
      }
    }
    if (this._state === 'joining') {
      viewerNotices.push(notices.historyLoadingNotice());
    }
    if (this.readers.size === 0) {
      this.awaitingReader = true;
      this.armLinger();
    }
    const layout = this.schema.layout();
    return Buffer.from(packetJson(dataJson(rows, layout), schemaJson(layout, viewerNotices)), 'utf8');
  }

  /** Sends the channel's packets to `writer` from the next flush on. */
  attach(writer: PacketWriter): ReaderHandle {
    const reader = new LiveReader(writer);
    this.readers.add(reader);
    this.awaitingReader = false;
    this.clearLinger();
    this.pacer.request();
    let detached = false;
    return {
      drained: () => {
        reader.drained();
        this.pacer.request();
      },
      detach: () => {
        if (detached) {
          return;
        }
        detached = true;
        this.readers.delete(reader);
        if (this.readers.size === 0) {
          this.armLinger();
        }
      },
    };
  }

  /** Ends the channel: the lease is released (the upstream ends when nobody else holds it). Safe twice. */
  close(): void {
    if (this._state === 'closed') {
      return;
    }
    this._state = 'closed';
    this.clearLinger();
    this.pacer.close();
    this.join?.close();
    this.lease.stream.removeListener(this);
    this.lease.release();
    this.pipeline.close();
    const readers = [...this.readers];
    this.readers.clear();
    for (const reader of readers) {
      reader.writer.end(this.failure);
    }
    this.pending.clear();
    this.markReady();
    this.config.onClosed(this);
  }

  // ---- the shared stream's listener ----

  onBatch(batch: EncodedBatch): void {
    this.ingest(batch);
  }

  onStateChange(state: SharedStreamState, detail: string): void {
    if (state === 'reconnecting') {
      this.reconnecting = true;
      this.addNotice(notices.reconnectingNotice(detail));
    } else if (state === 'live' && this.reconnecting) {
      this.reconnecting = false;
      this.addNotice(notices.resumedNotice());
    }
  }

  onFailure(error: IoTError): void {
    this.fail(error);
  }

  // ---- inside ----

  private open(): void {
    const { spec } = this.config;
    if (this.config.sinceMs === undefined) {
      this.lease.stream.addListener(this);
      this.becomeLive();
      return;
    }
    this.join = startHistoryJoin({
      spec,
      sinceMs: this.config.sinceMs,
      maxHistory: this.config.maxHistory,
      token: this.config.token,
      shared: this.lease.stream,
      source: this.config.source,
      batch: this.config.batch,
      maxHeldBytes: this.config.maxHeldBytes,
      metrics: this.config.metrics,
      logger: this.config.logger,
      now: () => this.clock.now(),
      onBatch: (batch) => this.ingest(batch),
      onJoined: (notes) => {
        this.historyNotices = notes;
        this.join = undefined;
        // Same tick as the join's last batch: the next shared batch reaches this channel.
        this.lease.stream.addListener(this);
        this.becomeLive();
      },
      onError: (err) => this.fail(err),
    });
  }

  private becomeLive(): void {
    if (this._state !== 'joining') {
      return;
    }
    this._state = 'live';
    // The history goes into the rings now, before anyone asks for the initial data.
    this.flush();
    this.markReady();
  }

  private ingest(batch: EncodedBatch): void {
    if (this._state === 'closed' || this._state === 'failed') {
      return;
    }
    const epoch = batch.position?.epoch;
    if (epoch !== undefined && this.epoch !== undefined && epoch !== this.epoch) {
      this.addNotice(notices.newEpochNotice());
    }
    this.epoch = epoch ?? this.epoch;
    for (const gap of batch.gaps) {
      this.addNotice(notices.gapNotice(gap));
    }
    this.pending.add(this.pipeline.push(batch.envelopes, [...batch.gaps], this.clock.now()));
    if (this._state === 'live') {
      this.pacer.request();
    }
  }

  private addNotice(notice: LiveNotice): void {
    this.pending.addNotice(notice);
    if (this._state === 'live') {
      this.pacer.request();
    }
  }

  /** Sends what is pending; false when it must wait (every reader full, or a viewer awaits its reader). */
  private flush(): boolean {
    if (this._state !== 'live') {
      return false;
    }
    if (this.readers.size === 0 ? this.awaitingReader : [...this.readers].every((r) => r.isFull)) {
      return false;
    }
    const taken = this.pending.take();
    if (!taken) {
      return true;
    }
    const { rows, notices: packetNotices } = taken;
    this.rings.append(rows);
    if (this.readers.size > 0) {
      const layout = this.schema.layout();
      const data = dataJson(rows, layout);
      for (const reader of this.readers) {
        reader.send(data, rows.length, layout, packetNotices);
      }
    }
    return true;
  }

  private fail(error: IoTError): void {
    if (this._state === 'closed' || this._state === 'failed') {
      return;
    }
    this.config.logger.warn({ path: this.path, category: error.category, err: error.message }, 'live channel failed');
    this.failure = error;
    this._state = 'failed';
    this.markReady();
    this.close();
  }

  private armLinger(): void {
    if (this.readers.size === 0 && this._state !== 'closed') {
      this.linger.arm();
    }
  }

  private clearLinger(): void {
    this.linger.clear();
  }
}
