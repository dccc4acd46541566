import { expect, test } from '@grafana/plugin-e2e';
import { testIds } from '../../src/components/testIds';
import { grafanaSkipReason } from './grafanaAvailability';

const skipReason = grafanaSkipReason();
test.skip(skipReason !== undefined, skipReason);

test('renders the query editor with topic, fields and stream options', async ({ panelEditPage, readProvisionedDataSource }) => {
  const ds = await readProvisionedDataSource({ fileName: 'datasources.yml' });
  await panelEditPage.datasource.set(ds.name);
  const row = panelEditPage.getQueryEditorRow('A');
  await expect(row.getByTestId(testIds.queryEditor.container)).toBeVisible();
  await expect(row.getByTestId(testIds.queryEditor.topic)).toBeVisible();
  await expect(row.getByTestId(testIds.queryEditor.fields)).toBeVisible();
  await expect(row.getByTestId(testIds.commandSection.container)).toBeVisible();
});

test('streams the simulated fleet into a table once a topic is chosen', async ({ panelEditPage, readProvisionedDataSource }) => {
  const ds = await readProvisionedDataSource({ fileName: 'datasources.yml' });
  await panelEditPage.datasource.set(ds.name);
  await panelEditPage.setVisualization('Table');
  const topic = panelEditPage.getQueryEditorRow('A').getByTestId(testIds.queryEditor.topic).getByRole('combobox');
  await topic.fill('site/+/device/sim-0001/temperature');
  await topic.press('Enter');
  await expect(panelEditPage.panel.fieldNames).toContainText(['Time', 'celsius'], { timeout: 20_000 });
});
