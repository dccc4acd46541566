import { expect, test } from '@grafana/plugin-e2e';
import { testIds } from '../../src/components/testIds';
import { grafanaSkipReason } from './grafanaAvailability';

const skipReason = grafanaSkipReason();
test.skip(skipReason !== undefined, skipReason);

const HEALTH_PATH = '/api/health';

test('renders the config editor with the sidecar URL, API key and command key', async ({
  createDataSourceConfigPage,
  readProvisionedDataSource,
  page,
}) => {
  const ds = await readProvisionedDataSource({ fileName: 'datasources.yml' });
  await createDataSourceConfigPage({ type: ds.type });
  await expect(page.getByTestId(testIds.configEditor.url)).toBeVisible();
  await expect(page.getByTestId(testIds.configEditor.apiKey)).toBeVisible();
  await expect(page.getByTestId(testIds.configEditor.commandKey)).toBeVisible();
});

test('"Save & test" succeeds for the provisioned datasource (sidecar reachable, key accepted)', async ({
  gotoDataSourceConfigPage,
  readProvisionedDataSource,
  selectors,
}) => {
  const ds = await readProvisionedDataSource({ fileName: 'datasources.yml' });
  const configPage = await gotoDataSourceConfigPage(ds.uid);
  // A frontend-only datasource tests itself through the data source proxy, not Grafana's /health.
  const path = `${selectors.apis.DataSource.proxy(configPage.datasource.uid, configPage.datasource.id.toString())}${HEALTH_PATH}`;
  await expect(configPage.saveAndTest({ path })).toBeOK();
  await expect(configPage).toHaveAlert('success');
});

test('"Save & test" shows an error when the sidecar cannot be reached', async ({
  createDataSourceConfigPage,
  readProvisionedDataSource,
  selectors,
  page,
}) => {
  const ds = await readProvisionedDataSource({ fileName: 'datasources.yml' });
  const configPage = await createDataSourceConfigPage({ type: ds.type });
  await page.getByTestId(testIds.configEditor.url).fill('http://127.0.0.1:9');
  const path = `${selectors.apis.DataSource.proxy(configPage.datasource.uid, configPage.datasource.id.toString())}${HEALTH_PATH}`;
  await expect(configPage.saveAndTest({ path })).not.toBeOK();
  await expect(configPage).toHaveAlert('error');
});
