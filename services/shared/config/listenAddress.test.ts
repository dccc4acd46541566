import { ValidationError } from '../../../common/errors/errors';
import { parseListenAddress } from './listenAddress';

describe('parseListenAddress', () => {
  it('accepts host:port, [v6]:port and an empty host', () => {
    expect(parseListenAddress('127.0.0.1:0')).toEqual({ host: '127.0.0.1', port: 0 });
    expect(parseListenAddress(' [::1]:50051 ')).toEqual({ host: '::1', port: 50051 });
    expect(parseListenAddress(':8080')).toEqual({ host: '0.0.0.0', port: 8080 });
  });

  it.each(['50051', 'a:70000', 'host:port', '1.2.3.4:-1', ''])('explains what is wrong with %p', (address) => {
    expect(() => parseListenAddress(address)).toThrow(ValidationError);
    expect(() => parseListenAddress(address)).toThrow(/use host:port/);
  });

  it('names the variable the address came from', () => {
    expect(() => parseListenAddress('localhost', 'BROKER_LISTEN')).toThrow(
      /^BROKER_LISTEN="localhost" is not a listen address/
    );
  });
});
