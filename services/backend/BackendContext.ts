/** What every pluginv2 handler shares: the datasource instances, metrics, the logger and the version. */
import { ValidationError } from '../../common/errors/errors';
import type { Logger } from './hclogLogger';
import type { BackendMetrics } from './diagnostics/BackendMetrics';
import type { PluginContext } from './grpc/messages';
import { DatasourceInstance } from './instances/DatasourceInstance';
import { InstanceCache } from './instances/InstanceCache';
import { readBackendSettings } from './instances/instanceSettings';
import type { LiveOptions } from './live/LiveChannels';
import { SidecarMetrics } from '../sidecar/metrics';

export class BackendContext {
  readonly instances: InstanceCache<DatasourceInstance>;
  /** The shared-stream core's metrics for the live channels (upstreams, gaps, drops). */
  readonly liveMetrics = new SidecarMetrics({ defaultMetrics: false });

  constructor(
    readonly logger: Logger,
    readonly metrics: BackendMetrics,
    readonly version: string,
    idleMs = 60 * 60 * 1000,
    private readonly liveOptions: Partial<LiveOptions> = {}
  ) {
    this.instances = new InstanceCache({ idleMs });
    metrics.liveChannelCount = () => this.instances.values().reduce((sum, instance) => sum + instance.live.size, 0);
  }

  /**
   * The instance of the datasource a call is for; settings are read only when the instance is
   * (re)built, so a bad setting costs one parse per settings version.
   */
  instanceFor(pluginContext: PluginContext | null | undefined): DatasourceInstance {
    const settings = pluginContext?.dataSourceInstanceSettings;
    if (!settings?.uid) {
      throw new ValidationError('the call carries no datasource settings: the backend serves datasources only');
    }
    const instance = this.instances.get(settings.uid, settings.lastUpdatedMS, () => {
      const created = new DatasourceInstance(readBackendSettings(settings), this.version, {
        logger: this.logger,
        metrics: this.liveMetrics,
        options: this.liveOptions,
      });
      this.logger.info(
        { uid: settings.uid, broker: created.settings.brokerAddress, tls: created.settings.brokerTls },
        'datasource instance created'
      );
      return created;
    });
    this.metrics.instances.set(this.instances.size);
    return instance;
  }

  /** Ends every live stream (RunStream calls end), so a shutdown need not wait for them. */
  closeLive(): void {
    for (const instance of this.instances.values()) {
      instance.live.close();
    }
  }

  /** Disposes every instance. */
  close(): void {
    this.instances.close();
    this.metrics.instances.set(0);
  }
}
