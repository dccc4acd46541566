import { ValidationError } from '../../common/errors/errors';

/** Splits "host:port" (IPv6 as "[::1]:port"); the error says what a valid address looks like. */
export function parseListenAddress(value: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:\s]+)):(\d{1,5})$/.exec(value.trim());
  const port = match ? Number(match[3]) : NaN;
  if (!match || port > 65_535) {
    throw new ValidationError(
      `"${value}" is not a listen address: use host:port, e.g. 127.0.0.1:50051, 0.0.0.0:0 or [::1]:50051`
    );
  }
  return { host: match[1] ?? match[2], port };
}
