/**
 * Everything the backend keeps for one datasource: its settings and one broker channel (the
 * sidecar's BrokerGateway), shared by health, queries and resources until the settings change.
 */
import * as grpc from '@grpc/grpc-js';
import type { Principal } from '../../sidecar/auth/keyStore';
import { BrokerGateway } from '../../sidecar/broker/brokerGateway';
import type { ApiContext } from '../../sidecar/http/apiHandlers';
import { resolveOptions } from '../../sidecar/options';
import type { GrafanaUser } from '../grpc/messages';
import type { BackendSettings } from './instanceSettings';
import { rightsOf } from './roles';

function channelCredentials(settings: BackendSettings): grpc.ChannelCredentials {
  if (!settings.brokerTls) {
    return grpc.credentials.createInsecure();
  }
  return grpc.credentials.createSsl(settings.brokerCaCert ? Buffer.from(settings.brokerCaCert, 'utf8') : null);
}

export class DatasourceInstance {
  readonly settings: BackendSettings;
  readonly gateway: BrokerGateway;
  /** The sidecar's HTTP API handlers run against this context, so both doors answer alike. */
  readonly api: ApiContext;
  private closed = false;

  constructor(settings: BackendSettings, version: string) {
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
  }

  /** The caller as the API handlers see it: rights from the Grafana role, the matching broker token. */
  principal(user: GrafanaUser | null | undefined, purpose: 'read' | 'write' = 'read'): Principal {
    const token =
      purpose === 'write' ? (this.settings.commandToken ?? this.settings.brokerToken) : this.settings.brokerToken;
    return { tenant: this.settings.uid, rights: rightsOf(user), brokerToken: token };
  }

  /** Closes the broker channel; safe to call twice. */
  close(): void {
    if (!this.closed) {
      this.closed = true;
      this.gateway.close();
    }
  }
}
