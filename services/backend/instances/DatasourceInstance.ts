/**
 * Everything the backend keeps for one datasource: its settings and one broker channel (the
 * sidecar's BrokerGateway), shared by health, queries and resources until the settings change.
 */
import * as grpc from '@grpc/grpc-js';
import type { Principal } from '../../sidecar/auth/keyStore';
import { BrokerGateway } from '../../sidecar/broker/brokerGateway';
import type { ApiContext } from '../../sidecar/http/apiHandlers';
import type { Logger } from '../../sidecar/logger';
import type { SidecarMetrics } from '../../sidecar/metrics';
import { resolveOptions } from '../../sidecar/options';
import type { GrafanaUser } from '../grpc/messages';
import { LiveChannels, type LiveOptions } from '../live/LiveChannels';
import type { BackendSettings } from './instanceSettings';
import { rightsOf } from './roles';

function channelCredentials(settings: BackendSettings): grpc.ChannelCredentials {
  if (!settings.brokerTls) {
    return grpc.credentials.createInsecure();
  }
  return grpc.credentials.createSsl(settings.brokerCaCert ? Buffer.from(settings.brokerCaCert, 'utf8') : null);
}

/** What the instance's live channels need from the backend around it. */
export interface LiveDeps {
  logger: Logger;
  metrics: SidecarMetrics;
  options?: Partial<LiveOptions>;
}

export class DatasourceInstance {
  readonly settings: BackendSettings;
  readonly gateway: BrokerGateway;
  /** The sidecar's HTTP API handlers run against this context, so both doors answer alike. */
  readonly api: ApiContext;
  /** The datasource's Grafana Live channels, sharing this instance's broker channel. */
  readonly live: LiveChannels;
  private closed = false;

  constructor(settings: BackendSettings, version: string, liveDeps: LiveDeps) {
    this.settings = settings;
    const options = resolveOptions({
      brokerTarget: settings.brokerAddress,
      // Grafana authenticates every caller before it reaches the backend; rights come from the role.
      insecure: true,
      version,
      timeouts: {
        brokerCallMs: settings.requestTimeoutMs,
        connectMs: settings.requestTimeoutMs,
        defaultCommandMs: Math.min(5_000, settings.requestTimeoutMs),
      },
    });
    this.gateway = new BrokerGateway(settings.brokerAddress, {
      callTimeoutMs: settings.requestTimeoutMs,
      connectTimeoutMs: settings.requestTimeoutMs,
      credentials: channelCredentials(settings),
    });
    this.api = { gateway: this.gateway, options, startedAtMs: Date.now() };
    this.live = new LiveChannels({
      tenant: settings.uid,
      token: settings.brokerToken,
      source: this.gateway,
      sidecarOptions: options,
      metrics: liveDeps.metrics,
      logger: liveDeps.logger,
      live: liveDeps.options,
    });
  }

  /** The caller as the API handlers see it: rights from the Grafana role, the matching broker token. */
  principal(user: GrafanaUser | null | undefined, purpose: 'read' | 'write' = 'read'): Principal {
    const token =
      purpose === 'write' ? (this.settings.commandToken ?? this.settings.brokerToken) : this.settings.brokerToken;
    return { tenant: this.settings.uid, rights: rightsOf(user), brokerToken: token };
  }

  /** Ends the live channels and closes the broker channel; safe to call twice. */
  close(): void {
    if (!this.closed) {
      this.closed = true;
      this.live.close();
      this.gateway.close();
    }
  }
}
