/** Parses "host:port" (IPv6 hosts in brackets) for the sidecar's listener. */
import { ValidationError } from '../../common/errors/errors';

/** The host and port of a listen address; port 0 means any free port. */
export function parseListenAddress(address: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(address.trim());
  const port = match ? Number(match[3]) : NaN;
  if (!match || port > 65_535) {
    throw new ValidationError(`the listen address "${address}" is not host:port, e.g. 127.0.0.1:8080 or [::1]:8080`);
  }
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port };
}
