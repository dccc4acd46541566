/**
 * The plugin backend in-process on loopback with a Stream client playing Grafana's side of Live:
 * SubscribeStream for a viewer, RunStream collecting the packets as frame JSON.
 */
import * as grpc from '@grpc/grpc-js';
import pino from 'pino';
import { liveChannelPath, type LiveStreamSpec, type LiveSubscribeData } from '../../common/live/liveChannel';
import { createBackendServer, type BackendServer } from '../../services/backend/createBackendServer';
import { BackendMetrics } from '../../services/backend/diagnostics/BackendMetrics';
import type { PluginContext, StreamStatus } from '../../services/backend/grpc/messages';
import { streamService } from '../../services/backend/grpc/pluginProtocol';
import type { LiveOptions } from '../../services/backend/live/LiveChannels';

export const DATASOURCE_UID = 'live-ds';

/** A frame JSON packet as Grafana reads it. */
export interface FramePacket {
  schema?: {
    fields: Array<{
      name: string;
      type: string;
      labels?: Record<string, string>;
      config?: { displayNameFromDS?: string };
    }>;
    meta?: { notices?: Array<{ severity: string; text: string }> };
  };
  data?: { values: unknown[][] };
}

export const StreamClient = grpc.makeGenericClientConstructor(streamService, 'pluginv2.Stream');

export function pluginContext(brokerTarget: string, role: string | null = 'Viewer', orgId = 1): PluginContext {
  return {
    orgId,
    pluginId: 'iotlive-datasource',
    user: role === null ? null : { login: 'vera', name: 'Vera', email: '', role },
    dataSourceInstanceSettings: {
      id: 1,
      name: 'IoT Live',
      url: '',
      jsonData: Buffer.from(JSON.stringify({ brokerAddress: brokerTarget, requestTimeoutMs: 5_000 })),
      decryptedSecureJsonData: {},
      lastUpdatedMS: 1,
      uid: DATASOURCE_UID,
    },
    grafanaConfig: {},
    pluginVersion: 'test',
    userAgent: 'test',
  };
}

/** A spec with the defaults a panel query has. */
export function liveSpec(overrides: Partial<LiveStreamSpec> = {}): LiveStreamSpec {
  return {
    filter: 'site/#',
    fields: [],
    timeSource: 'broker',
    splitBy: 'topic',
    conflation: 'none',
    conflationRateHz: 0,
    maxUpdateHz: 20,
    bufferSize: null,
    maxHistory: 0,
    ...overrides,
  };
}

export function pathOf(spec: LiveStreamSpec): string {
  return liveChannelPath(DATASOURCE_UID, spec);
}

export interface LiveBackend {
  server: BackendServer;
  client: grpc.Client;
  close(): Promise<void>;
}

export async function startLiveBackend(live: Partial<LiveOptions> = {}): Promise<LiveBackend> {
  const server = createBackendServer({
    logger: pino({ level: 'silent' }),
    version: 'test',
    metrics: new BackendMetrics({ defaultMetrics: false }),
    live: { lingerMs: 200, ...live },
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.grpcServer.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, bound) =>
      err ? reject(err) : resolve(bound)
    )
  );
  const client = new StreamClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  return {
    server,
    client,
    async close() {
      client.close();
      await server.close(500);
    },
  };
}

export function subscribe(
  client: grpc.Client,
  context: PluginContext,
  path: string,
  data: LiveSubscribeData = {},
  headers: Record<string, string> = {}
): Promise<{ status: StreamStatus; frame?: FramePacket }> {
  return new Promise((resolve, reject) => {
    (
      client as unknown as Record<string, grpc.requestCallback<unknown> & ((...args: unknown[]) => void)>
    ).SubscribeStream(
      { pluginContext: context, path, data: Buffer.from(JSON.stringify(data)), headers },
      (err: grpc.ServiceError | null, response: { status: StreamStatus; data: Buffer }) => {
        if (err) {
          reject(err);
          return;
        }
        resolve({
          status: response.status,
          frame: response.data.length > 0 ? (JSON.parse(response.data.toString('utf8')) as FramePacket) : undefined,
        });
      }
    );
  });
}

/** A RunStream call and what it received. */
export class RunStreamCall {
  readonly packets: FramePacket[] = [];
  error?: grpc.ServiceError;
  ended = false;
  private readonly call: grpc.ClientReadableStream<{ data: Buffer }>;

  constructor(client: grpc.Client, context: PluginContext, path: string, data: LiveSubscribeData = {}) {
    this.call = (
      client as unknown as Record<string, (req: unknown) => grpc.ClientReadableStream<{ data: Buffer }>>
    ).RunStream({ pluginContext: context, path, data: Buffer.from(JSON.stringify(data)), headers: {} });
    this.call.on('data', (packet: { data: Buffer }) =>
      this.packets.push(JSON.parse(packet.data.toString('utf8')) as FramePacket)
    );
    this.call.on('error', (err: grpc.ServiceError) => (this.error = err));
    this.call.on('end', () => (this.ended = true));
  }

  cancel(): void {
    this.call.cancel();
  }
}

/** One value of one series in a wide frame JSON packet. */
export interface LiveSample {
  /** The field's labels (the series); undefined when the query is not split. */
  labels?: Record<string, string>;
  /** The field's display name from the data source, else its name. */
  field: string;
  time: number;
  value: unknown;
}

/**
 * The values of a run of packets, row after row: each data-only packet is read under the last
 * schema, as Grafana's streaming frame reads it. Empty cells (a series not sampled at a row's time,
 * or a gap) are left out.
 */
export function samplesOf(packets: readonly FramePacket[]): LiveSample[] {
  let fields: NonNullable<FramePacket['schema']>['fields'] = [];
  const out: LiveSample[] = [];
  for (const packet of packets) {
    fields = packet.schema?.fields ?? fields;
    const values = packet.data?.values ?? [];
    const times = (values[0] ?? []) as number[];
    times.forEach((time, r) => {
      for (let f = 1; f < values.length; f++) {
        const value = values[f][r];
        if (value !== null && value !== undefined) {
          const field = fields[f];
          out.push({ labels: field.labels, field: field.config?.displayNameFromDS ?? field.name, time, value });
        }
      }
    });
  }
  return out;
}

/** Rows of frame JSON packets as [time, ...values] tuples. */
export function rowsOf(packet: FramePacket | undefined): unknown[][] {
  const values = packet?.data?.values ?? [];
  const length = (values[0] ?? []).length;
  const rows: unknown[][] = [];
  for (let r = 0; r < length; r++) {
    rows.push(values.map((column) => column[r]));
  }
  return rows;
}
