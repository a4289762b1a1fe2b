import { setMaxListeners } from "node:events";

/**
 * Runs `tick` every `intervalMs`, never overlapping itself: a slow cycle delays the next one
 * instead of stacking. Errors are reported and the loop goes on.
 */
export function startScheduler(tick: (signal: AbortSignal) => Promise<void>, intervalMs: number, onError: (err: unknown) => void) {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  // Stopping cancels a cycle in flight (offline, its requests can take their full timeout).
  const controller = new AbortController();
  setMaxListeners(0, controller.signal); // every request of a cycle listens to it at once
  let running: Promise<void> | undefined;
  const loop = async () => {
    const started = Date.now();
    running = tick(controller.signal).catch(onError);
    await running;
    running = undefined;
    if (!stopped) timer = setTimeout(loop, Math.max(0, intervalMs - (Date.now() - started)));
  };
  timer = setTimeout(loop, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      controller.abort();
      await running;
    },
  };
}
