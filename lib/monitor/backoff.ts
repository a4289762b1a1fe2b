/**
 * When to try a source again. Healthy sources come back every interval (minus a little slack so
 * a tick arriving a hair early still finds them due); failing ones back off exponentially with
 * jitter, up to 10 minutes, to stay polite.
 */
export function nextAttemptDelayMs(consecutiveFailures: number, intervalMs: number, random = Math.random): number {
  if (consecutiveFailures <= 1) return Math.round(intervalMs * 0.9);
  const base = Math.min(intervalMs * 2 ** (consecutiveFailures - 1), 10 * 60_000);
  return Math.round(base * (0.8 + random() * 0.4));
}
