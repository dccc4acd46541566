/**
 * A stand-in service for spawnService's tests; its first argument picks the behaviour:
 * "ready" logs a pino-style ready line and exits 0 on SIGTERM, "stubborn" ignores SIGTERM,
 * "crash" exits with code 3 before it is ready.
 */
const mode = process.argv[2] ?? 'ready';
const line = (msg: string, extra: object = {}) =>
  process.stdout.write(`${JSON.stringify({ level: 30, msg, ...extra })}\n`);

if (mode === 'crash') {
  process.stderr.write('fake service: refusing to start\n');
  process.exit(3);
}
const keepAlive = setInterval(() => undefined, 1000);
process.on('SIGTERM', () => {
  if (mode === 'stubborn') {
    line('ignoring SIGTERM');
    return;
  }
  clearInterval(keepAlive);
  line('stopped');
  process.exit(0);
});
line('fake listening', { address: '127.0.0.1:1234', pid: process.pid });
