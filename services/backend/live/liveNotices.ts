/** The notices a live channel puts on its frames, worded once so every path says the same thing. */
import type { iot } from '../../../common/proto/generated';
import type { LiveNotice } from './liveRows';

function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** A loss the broker stated on a topic (a gap), or the loss of a broker restart. */
export function gapNotice(gap: iot.stream.v1.IGap): LiveNotice {
  const from = Number(gap.fromSequence ?? 0);
  const to = Number(gap.toSequence ?? 0);
  const count = from > 0 && to >= from ? `${to - from + 1} messages` : 'messages';
  const why = gap.restarted ? 'the broker restarted without its history' : 'the broker could not deliver them';
  return { severity: 'warning', text: `${count} on ${gap.topic ?? 'a topic'} are missing: ${why}` };
}

export function reconnectingNotice(detail: string): LiveNotice {
  return { severity: 'warning', text: `The broker stream is interrupted (${detail}); reconnecting` };
}

export function resumedNotice(): LiveNotice {
  return { severity: 'info', text: 'Reconnected to the broker: the stream resumed where it stopped' };
}

export function newEpochNotice(): LiveNotice {
  return {
    severity: 'warning',
    text: "The broker's history was reset (a restart without persistence): messages sent while it was down are lost",
  };
}

/** Samples the channel dropped because Grafana read slower than the stream came in. */
export function slowReaderNotice(samples: number): LiveNotice {
  return {
    severity: 'warning',
    text: `${samples} samples were dropped: Grafana reads this live channel slower than the data arrives`,
  };
}

export function seriesLimitNotice(samples: number, maxSeries: number): LiveNotice {
  return {
    severity: 'warning',
    text: `${samples} samples of series beyond the first ${maxSeries} were left out: narrow the topic filter or the split`,
  };
}

export function unplottedNotice(what: string, count: number): LiveNotice {
  return { severity: 'info', text: `${count} messages were not plotted: ${what}` };
}

/** A viewer wanted older rows than the channel holds. */
export function historyStartNotice(startMs: number): LiveNotice {
  return {
    severity: 'info',
    text: `Live data starts at ${isoTime(startMs)}: this live channel keeps no older samples; narrow the time range or use a past range for older data`,
  };
}

export function historyLimitNotice(maxHistory: number): LiveNotice {
  return {
    severity: 'info',
    text: `The history was cut to the newest ${maxHistory} messages (the history limit); older ones are not shown`,
  };
}

export function historyEvictedNotice(): LiveNotice {
  return { severity: 'info', text: "Part of the time range is older than the broker's retention and not shown" };
}

export function historyLoadingNotice(): LiveNotice {
  return { severity: 'info', text: 'The history is still loading: older samples arrive with the next updates' };
}
