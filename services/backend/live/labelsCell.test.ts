import { parseLabels } from './grafanaDataInNode.testing';
import { labelsCell } from './labelsCell';

describe('labelsCell', () => {
  it('writes the Prometheus form Grafana parses back to the same labels', () => {
    const cell = labelsCell({ device: 'd1', topic: 'site/a/env' });
    expect(cell).toBe('{device="d1", topic="site/a/env"}');
    expect(parseLabels(cell)).toEqual({ device: 'd1', topic: 'site/a/env' });
  });

  it('is empty for a series without labels (no split)', () => {
    expect(labelsCell({})).toBe('');
  });

  it('replaces quotes, line breaks and non-word label name characters the parser cannot read', () => {
    const cell = labelsCell({ 'line-id': 'say "hi"\nthere' });
    expect(cell).toBe(`{line_id="say 'hi' there"}`);
    expect(parseLabels(cell)).toEqual({ line_id: "say 'hi' there" });
  });
});
