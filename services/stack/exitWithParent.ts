/**
 * Preloaded into every service the local stack starts (`node --import tsx --import <this file>`):
 * when the stack runner goes away without stopping its children (killed with SIGKILL, crashed), the
 * IPC channel to it closes and the service stops itself gracefully, so no process is left behind.
 */
if (process.channel) {
  // The channel must not keep the service alive on its own, nor change how it exits otherwise.
  process.channel.unref();
  process.once('disconnect', () => {
    process.kill(process.pid, 'SIGTERM');
  });
}
