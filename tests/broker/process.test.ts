import * as grpc from '@grpc/grpc-js';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnBroker } from '../helpers/broker';
import { codeOf, TestClient } from './support';

jest.setTimeout(30_000);

const REPO_ROOT = path.resolve(__dirname, '../..');

function runToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['services/broker/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, BROKER_LISTEN: '127.0.0.1:0', BROKER_METRICS_LISTEN: 'off', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('the broker process (npm run broker)', () => {
  it('logs its bound address, stops on SIGTERM, and restarts on the same port', async () => {
    const first = await spawnBroker();
    const listening = first.logs.find((line) => line.includes('"msg":"broker listening"')) as string;
    expect(JSON.parse(listening)).toMatchObject({ address: first.target, bus: 'memory', auth: 'open' });
    expect(first.logs.some((line) => line.includes('"level":40') && line.includes('OPEN'))).toBe(true);
    const client = new TestClient(first.target);
    expect(Number((await client.publishValue('p/t', 1)).sequence)).toBe(1);
    const subscription = client.subscribe({ filter: 'p/#' });
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(await first.kill('SIGTERM')).toEqual({ code: 0, signal: null });
    const error = await subscription.waitForError();
    expect(error.code).toBe(grpc.status.UNAVAILABLE);

    const second = await spawnBroker({ BROKER_LISTEN: `127.0.0.1:${first.port}` });
    expect(second.port).toBe(first.port);
    // A fresh in-memory broker: sequences start again at 1.
    expect(Number((await client.publishValue('p/t', 1)).sequence)).toBe(1);
    client.close();
    expect((await second.kill('SIGINT')).code).toBe(0);
  });

  it('enforces BROKER_AUTH_FILE and never logs its tokens', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'broker-auth-'));
    const file = path.join(dir, 'auth.json');
    const token = 'secret-token-that-must-not-be-logged';
    writeFileSync(file, JSON.stringify({ tokens: { [token]: { tenant: 'acme', permissions: ['publish'] } } }));
    const broker = await spawnBroker({ BROKER_AUTH_FILE: file, LOG_LEVEL: 'debug' });
    const anonymous = new TestClient(broker.target);
    const authorized = new TestClient(broker.target, token);
    expect((await codeOf(anonymous.publishValue('a/b', 1))).code).toBe(grpc.status.UNAUTHENTICATED);
    expect(Number((await authorized.publishValue('a/b', 1)).sequence)).toBe(1);
    anonymous.close();
    authorized.close();
    await broker.kill();
    expect(broker.logs.join('\n')).not.toContain(token);
    expect(broker.logs.join('\n')).toContain('"auth":"tokens"');
  });

  it('refuses to start with a malformed auth file or a bad variable, saying what is wrong', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'broker-auth-'));
    const file = path.join(dir, 'auth.json');
    writeFileSync(file, JSON.stringify({ tokens: { 'hidden-secret': { tenant: 'acme', permissions: ['fly'] } } }));
    const badFile = await runToExit({ BROKER_AUTH_FILE: file });
    expect(badFile.code).toBe(2);
    expect(badFile.output).toMatch(/tokens\.<token #1>\.permissions\.0/);
    expect(badFile.output).not.toContain('hidden-secret');

    const badVariable = await runToExit({ BROKER_HISTORY_MAX_MESSAGES: 'lots' });
    expect(badVariable.code).toBe(2);
    expect(badVariable.output).toMatch(/BROKER_HISTORY_MAX_MESSAGES=\\"lots\\" is not a whole number/);
  });

  it('refuses a bad listen address naming the variable, with exit code 2 and no stack trace', async () => {
    const cases: Array<Record<string, string>> = [
      { BROKER_LISTEN: 'localhost' },
      { BROKER_METRICS_LISTEN: '127.0.0.1:99999' },
    ];
    for (const env of cases) {
      const [name] = Object.keys(env);
      const result = await runToExit(env);
      expect(result.code).toBe(2);
      expect(result.output).toContain(`${name}=`);
      expect(result.output).toContain('is not a listen address');
      expect(result.output).not.toMatch(/\bat .+:\d+:\d+/);
    }
  });
});
