import { ValidationError } from '../../../common/errors/errors';
import { readSubscribeData } from './streamHandlers';

describe('readSubscribeData', () => {
  it('reads the viewer start and an optional spec; empty data is live only', () => {
    expect(readSubscribeData(Buffer.alloc(0))).toEqual({});
    expect(readSubscribeData(Buffer.from('{"sinceMs":5}'))).toEqual({ sinceMs: 5, spec: undefined });
  });

  it('refuses data that is not a JSON object with a numeric start', () => {
    expect(() => readSubscribeData(Buffer.from('nope'))).toThrow(ValidationError);
    expect(() => readSubscribeData(Buffer.from('[1]'))).toThrow(ValidationError);
    expect(() => readSubscribeData(Buffer.from('{"sinceMs":"yesterday"}'))).toThrow(ValidationError);
  });
});
