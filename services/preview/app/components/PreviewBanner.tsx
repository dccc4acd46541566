/** The banner that keeps anyone from mistaking this page for Grafana. */
import { useTheme2 } from '@grafana/ui';
import { previewTestIds } from '../testIds';

interface Props {
  pluginName: string;
  pluginVersion: string;
  role: string;
}

/** A full-width warning strip at the top of the page. */
export function PreviewBanner({ pluginName, pluginVersion, role }: Props) {
  const theme = useTheme2();
  return (
    <div
      data-testid={previewTestIds.banner}
      role="banner"
      style={{
        background: theme.colors.warning.main,
        color: theme.colors.warning.contrastText,
        padding: '8px 16px',
        fontWeight: theme.typography.fontWeightMedium,
        display: 'flex',
        justifyContent: 'space-between',
        flexWrap: 'wrap',
        gap: 8,
      }}
    >
      <span>Preview host — not Grafana. It loads the built plugin the way Grafana does, to develop and test it.</span>
      <span>
        {pluginName} {pluginVersion} · role {role}
      </span>
    </div>
  );
}
