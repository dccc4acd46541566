/**
 * The libraries the preview host shares with plugins, under the names Grafana shares them
 * (the externals of create-plugin's webpack configuration that this host can honestly provide:
 * each one is the real package, already in this bundle because @grafana/ui or the app uses it).
 */
import * as emotionCss from '@emotion/css';
import * as emotionReact from '@emotion/react';
import * as grafanaData from '@grafana/data';
import * as grafanaRuntime from '@grafana/runtime';
import * as grafanaUi from '@grafana/ui';
import i18next from 'i18next';
import lodash from 'lodash';
// Grafana still shares moment with plugins (it is a create-plugin external), so the host must too.
// eslint-disable-next-line no-restricted-imports
import moment from 'moment';
import React from 'react';
import ReactDOM from 'react-dom';
import * as jsxDevRuntime from 'react/jsx-dev-runtime';
import * as jsxRuntime from 'react/jsx-runtime';
import * as rxjs from 'rxjs';
import * as rxjsOperators from 'rxjs/operators';
import { AmdRegistry } from './amdLoader';

/** Registers every shared library in `registry`. */
export function registerSharedModules(registry: AmdRegistry): void {
  const shared: Record<string, unknown> = {
    react: React,
    'react-dom': ReactDOM,
    'react/jsx-runtime': jsxRuntime,
    'react/jsx-dev-runtime': jsxDevRuntime,
    rxjs,
    'rxjs/operators': rxjsOperators,
    '@grafana/data': grafanaData,
    '@grafana/ui': grafanaUi,
    '@grafana/runtime': grafanaRuntime,
    '@emotion/css': emotionCss,
    '@emotion/react': emotionReact,
    lodash,
    moment,
    i18next,
  };
  for (const [name, exports] of Object.entries(shared)) {
    registry.register(name, exports);
  }
}
