/** Reads a JSON request body with a size limit (413 beyond it) and a content-type check. */
import type { IncomingMessage } from 'node:http';
import { ValidationError } from '../../../common/errors/errors';

/** Reads and parses the body; rejects with a ValidationError (400, 413 or 415). */
export function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    req.resume();
    return Promise.reject(
      new ValidationError('send the body as JSON with "Content-Type: application/json"', { httpStatus: 415 })
    );
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) {
        return;
      }
      size += chunk.length;
      if (size > maxBytes) {
        failed = true;
        chunks.length = 0;
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', (err) => {
      if (!failed) {
        failed = true;
        reject(new ValidationError(`the request body could not be read: ${err.message}`, { cause: err }));
      }
    });
    req.on('end', () => {
      if (failed) {
        return;
      }
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(JSON.parse(text));
      } catch (err) {
        reject(new ValidationError(`the body is not valid JSON: ${(err as Error).message}`, { cause: err }));
      }
    });
  });
}

function tooLarge(maxBytes: number): ValidationError {
  return new ValidationError(`the body is larger than ${maxBytes} bytes, the limit`, { httpStatus: 413 });
}
