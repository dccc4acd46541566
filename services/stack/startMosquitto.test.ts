import net from 'node:net';
import { startMosquitto } from './startMosquitto';

describe('startMosquitto', () => {
  it('starts a private Mosquitto on a free loopback port and stops it', async () => {
    const mosquitto = await startMosquitto();
    expect(mosquitto.url).toBe(`mqtt://127.0.0.1:${mosquitto.port}`);
    expect(mosquitto.port).not.toBe(1883);
    await mosquitto.stop();
    await mosquitto.stop();
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(mosquitto.port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('says what is missing when there is no Mosquitto binary', async () => {
    await expect(startMosquitto({ binary: '/nonexistent/mosquitto' })).rejects.toThrow(
      /mosquitto did not start.*ENOENT \(install the mosquitto package\)/
    );
  });
});
