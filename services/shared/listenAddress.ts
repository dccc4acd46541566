/** Parses the services' listen addresses: "host:port", IPv6 hosts in brackets, port 0 for any free port. */
import { ValidationError } from '../../common/errors/errors';

/**
 * The host and port of `address`; an empty host means every interface. `variable` names the setting
 * the address came from (e.g. "BROKER_LISTEN"), so the error says which one to fix.
 */
export function parseListenAddress(address: string, variable?: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:\s]*)):(\d{1,5})$/.exec(address.trim());
  const port = match ? Number(match[3]) : NaN;
  if (!match || port > 65_535) {
    const subject = variable ? `${variable}="${address}"` : `"${address}"`;
    throw new ValidationError(
      `${subject} is not a listen address: use host:port, e.g. 127.0.0.1:8080, 0.0.0.0:0 or [::1]:8080`
    );
  }
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port };
}
