/** The current time, refreshed every `intervalMs`, so live panels scroll with a moving "now". */
import { useEffect, useState } from 'react';

/** Returns Date.now(), updated on a timer. */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
