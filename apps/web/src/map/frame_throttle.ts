/** Values pushed faster than frames are drawn: only the latest is handed on, at most once a frame. */
export interface FrameThrottle<T> {
  push(value: T): void;
  /** Hands on the value waiting now, if any, without waiting for the frame. */
  flush(): void;
  /** Drops the value waiting, if any. */
  cancel(): void;
}

export type ScheduleFrame = (callback: () => void) => number;
export type CancelFrame = (handle: number) => void;

/**
 * Calls `run` with the latest value pushed since the last call, once per animation frame: a pointer that moves
 * three times between two frames costs one store update, and the last position is never lost.
 */
export function latestPerFrame<T>(
  run: (value: T) => void,
  schedule: ScheduleFrame = (cb) => requestAnimationFrame(cb),
  cancelFrame: CancelFrame = (h) => cancelAnimationFrame(h),
): FrameThrottle<T> {
  let waiting: { value: T } | null = null;
  let handle: number | null = null;
  const flush = () => {
    if (handle !== null) cancelFrame(handle);
    handle = null;
    const w = waiting;
    waiting = null;
    if (w !== null) run(w.value);
  };
  return {
    push(value) {
      waiting = { value };
      if (handle === null) handle = schedule(flush);
    },
    flush,
    cancel() {
      if (handle !== null) cancelFrame(handle);
      handle = null;
      waiting = null;
    },
  };
}
