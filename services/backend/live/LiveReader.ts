/**
 * One reader of a live channel (a RunStream call): which schema it has sent, whether its transport
 * is full, and what it missed while full. A full reader skips packets instead of queueing them, so
 * memory stays bounded however slowly Grafana reads; its next packet says what it missed and
 * carries the schema again.
 */
import type { IoTError } from '../../../common/errors/errors';
import { packetJson, schemaJson } from './frameJson';
import type { LiveNotice } from './liveRows';
import type { WideLayout } from './LiveSchema';
import { slowReaderNotice } from './liveNotices';

/** Where a reader's packets go. */
export interface PacketWriter {
  /** False when the transport is full: wait for the handle's drained(). */
  write(packet: Buffer): boolean;
  /** The channel ended (with the reason when it failed); nothing more is written. */
  end(error?: IoTError): void;
}

export class LiveReader {
  /** The schema version this reader's last packet carried; -1: none yet. */
  private schemaVersion = -1;
  private full = false;
  private missedSamples = 0;
  private missedNotices: LiveNotice[] = [];
  private readonly texts = new Set<string>();

  constructor(readonly writer: PacketWriter) {}

  get isFull(): boolean {
    return this.full;
  }

  /** The transport took everything written so far. */
  drained(): void {
    this.full = false;
  }

  /**
   * Sends one packet, or counts it missed when the transport is full. `data` is the shared data part;
   * the schema goes along when this reader has not sent its version, or with notices (they live in
   * the schema's meta; Grafana's wide frame takes a schema of the same fields as new config and
   * labels, and keeps its values).
   */
  send(
    data: string,
    samples: number,
    layout: WideLayout,
    notices: readonly LiveNotice[]
  ): void {
    if (this.full) {
      this.missedSamples += samples;
      for (const notice of notices) {
        if (!this.texts.has(notice.text)) {
          this.texts.add(notice.text);
          this.missedNotices.push(notice);
        }
      }
      // The next packet must restate the schema whatever its version: the skipped one may have changed it.
      this.schemaVersion = -1;
      return;
    }
    const all = [...this.missedNotices, ...notices];
    if (this.missedSamples > 0) {
      all.push(slowReaderNotice(this.missedSamples));
    }
    const withSchema = all.length > 0 || this.schemaVersion !== layout.version;
    const packet = packetJson(data, withSchema ? schemaJson(layout, all) : undefined);
    this.schemaVersion = layout.version;
    this.missedSamples = 0;
    this.missedNotices = [];
    this.texts.clear();
    if (!this.writer.write(Buffer.from(packet, 'utf8'))) {
      this.full = true;
    }
  }
}
