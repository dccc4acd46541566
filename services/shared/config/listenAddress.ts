/** The one parser of the services' listen addresses: "host:port", IPv6 hosts in brackets, port 0 for any free port. */
import { ConfigError } from '../../../common/errors/ConfigError';
import { ValidationError } from '../../../common/errors/errors';

/** What a listen address looks like, for error messages. */
export const LISTEN_ADDRESS_ALLOWED = 'host:port, e.g. 127.0.0.1:8080, 0.0.0.0:0 or [::1]:8080';

/** The sentence after the subject when an address does not parse. */
export const LISTEN_ADDRESS_PROBLEM = `is not a listen address: use ${LISTEN_ADDRESS_ALLOWED}`;

/** The host and port of `address`, or undefined when it is not host:port; an empty host means every interface. */
export function splitListenAddress(address: string): { host: string; port: number } | undefined {
  const match = /^(?:\[([^\]]+)\]|([^:\s]*)):(\d{1,5})$/.exec(address.trim());
  const port = match ? Number(match[3]) : NaN;
  if (!match || port > 65_535) {
    return undefined;
  }
  return { host: match[1] ?? (match[2] || '0.0.0.0'), port };
}

/**
 * The host and port of `address`. `variable` names the setting the address came from (e.g.
 * "BROKER_LISTEN"), so the ConfigError says which one to fix; without it a ValidationError says
 * what is wrong with the address itself.
 */
export function parseListenAddress(address: string, variable?: string): { host: string; port: number } {
  const parsed = splitListenAddress(address);
  if (parsed) {
    return parsed;
  }
  if (variable) {
    throw new ConfigError(variable, LISTEN_ADDRESS_ALLOWED, { value: address, problem: LISTEN_ADDRESS_PROBLEM });
  }
  throw new ValidationError(`"${address}" ${LISTEN_ADDRESS_PROBLEM}`);
}
