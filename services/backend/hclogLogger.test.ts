import { Writable } from 'node:stream';
import { createHclogLogger } from './hclogLogger';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(
        ...chunk
          .toString('utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      );
      done();
    },
  });
  return { lines, stream };
}

describe('createHclogLogger', () => {
  it("writes the keys Grafana's plugin client reads as hclog JSON", () => {
    const { lines, stream } = capture();
    const logger = createHclogLogger('debug', stream);
    logger.warn({ uid: 'ds1' }, 'broker slow');
    logger.fatal('cannot listen');
    expect(lines[0]).toMatchObject({
      '@level': 'warn',
      '@message': 'broker slow',
      '@module': 'iotlive-backend',
      uid: 'ds1',
    });
    expect(Date.parse(String(lines[0]['@timestamp']))).not.toBeNaN();
    // hclog has no fatal level.
    expect(lines[1]['@level']).toBe('error');
  });

  it('never writes tokens or decrypted secrets', () => {
    const { lines, stream } = capture();
    createHclogLogger('info', stream).info(
      {
        brokerToken: 'secret-1',
        decryptedSecureJsonData: { brokerToken: 'secret-2' },
        headers: { authorization: 'Bearer secret-3' },
      },
      'settings'
    );
    expect(JSON.stringify(lines)).not.toMatch(/secret-/);
  });
});
