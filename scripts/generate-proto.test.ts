import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateProto } from './generate-proto';

describe('generated protobuf codec', () => {
  it('is up to date with proto/ (run `npm run proto` after changing a contract)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iotlive-proto-'));
    try {
      const js = path.join(dir, 'generated.js');
      const dts = path.join(dir, 'generated.d.ts');
      await generateProto(js, dts);
      const committed = path.resolve(__dirname, '../common/proto');
      expect(fs.readFileSync(js, 'utf8')).toBe(fs.readFileSync(path.join(committed, 'generated.js'), 'utf8'));
      expect(fs.readFileSync(dts, 'utf8')).toBe(fs.readFileSync(path.join(committed, 'generated.d.ts'), 'utf8'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
