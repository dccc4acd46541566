/**
 * The one datasource the preview host serves, kept server-side the way Grafana keeps it: the browser
 * sees jsonData and which secrets are set (`secureJsonFields`), never the secrets themselves.
 */
import type { PreviewDataSourceSettings } from '../shared/bootData';

/** The datasource as configured on the server, secrets included. */
export interface StoredDataSource {
  id: number;
  uid: string;
  name: string;
  type: string;
  /** The upstream (sidecar) URL the proxy forwards to. */
  url: string;
  jsonData: Record<string, unknown>;
  secureJsonData: Record<string, string>;
}

/** A save from the ConfigEditor: new secrets in secureJsonData, cleared ones flagged false in secureJsonFields. */
export interface DataSourceUpdate {
  name?: string;
  url?: string;
  jsonData?: Record<string, unknown>;
  secureJsonData?: Record<string, string>;
  secureJsonFields?: Record<string, boolean>;
}

/** Holds the datasource and applies saves with Grafana's secret semantics. */
export class DataSourceStore {
  private current: StoredDataSource;
  private version = 1;

  constructor(
    initial: StoredDataSource,
    private readonly typeName: string
  ) {
    this.current = { ...initial, jsonData: { ...initial.jsonData }, secureJsonData: { ...initial.secureJsonData } };
  }

  /** The server-side view, secrets included; for the proxy only. */
  get(): StoredDataSource {
    return this.current;
  }

  /** The browser-side view, as Grafana's /api/datasources/uid/:uid returns it. */
  toBrowserSettings(): PreviewDataSourceSettings {
    const ds = this.current;
    const secureJsonFields: Record<string, boolean> = {};
    for (const [key, value] of Object.entries(ds.secureJsonData)) {
      if (value !== '') {
        secureJsonFields[key] = true;
      }
    }
    return {
      id: ds.id,
      uid: ds.uid,
      orgId: 1,
      name: ds.name,
      type: ds.type,
      typeName: this.typeName,
      typeLogoUrl: `public/plugins/${ds.type}/img/logo.svg`,
      access: 'proxy',
      url: ds.url,
      user: '',
      database: '',
      basicAuth: false,
      basicAuthUser: '',
      withCredentials: false,
      isDefault: true,
      jsonData: { ...ds.jsonData },
      secureJsonFields,
      readOnly: false,
      version: this.version,
    };
  }

  /** Applies a save: a non-empty secret replaces the stored one; a field flagged false is removed. */
  update(change: DataSourceUpdate): PreviewDataSourceSettings {
    const secureJsonData = { ...this.current.secureJsonData };
    for (const [key, isSet] of Object.entries(change.secureJsonFields ?? {})) {
      if (!isSet) {
        delete secureJsonData[key];
      }
    }
    for (const [key, value] of Object.entries(change.secureJsonData ?? {})) {
      if (typeof value === 'string' && value !== '') {
        secureJsonData[key] = value;
      }
    }
    this.current = {
      ...this.current,
      name: typeof change.name === 'string' && change.name !== '' ? change.name : this.current.name,
      url: typeof change.url === 'string' ? change.url : this.current.url,
      jsonData: change.jsonData && typeof change.jsonData === 'object' ? { ...change.jsonData } : this.current.jsonData,
      secureJsonData,
    };
    this.version++;
    return this.toBrowserSettings();
  }
}
