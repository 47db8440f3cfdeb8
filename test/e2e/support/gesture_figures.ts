import type { Browser, Page } from 'playwright-core';

/**
 * What a pointer gesture costs the page, measured inside it: long tasks (PerformanceObserver), the time from
 * each pointer move to the end of the next frame, the synchronous work each move's dispatch runs (window
 * capture to window bubble: MapLibre's handlers, the store update, every subscriber and the React render in
 * its microtask), and the engine requests in flight. Installed before the app loads.
 */
export interface PagePerf {
  longTasks: Array<{ start: number; duration: number }>;
  moveToFrameMs: number[];
  dispatchMs: number[];
  /** The app's `siaga:candidate-move` measures: the store update a drag makes once a frame, with its subscribers. */
  storeMs: number[];
  engine: { inFlight: number; maxInFlight: number; sent: number };
}
type PerfWindow = Window & { __perf?: PagePerf };

export function installPagePerf(): void {
  const perf: PagePerf = {
    longTasks: [],
    moveToFrameMs: [],
    dispatchMs: [],
    storeMs: [],
    engine: { inFlight: 0, maxInFlight: 0, sent: 0 },
  };
  (window as PerfWindow).__perf = perf;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) perf.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'siaga:candidate-move') perf.storeMs.push(e.duration);
  }).observe({ type: 'measure' });
  let started = 0;
  window.addEventListener(
    'mousemove',
    (e) => {
      started = performance.now();
      const stamp = e.timeStamp;
      requestAnimationFrame(() => {
        const after = new MessageChannel();
        after.port1.onmessage = () => perf.moveToFrameMs.push(performance.now() - stamp);
        after.port2.postMessage(null);
      });
    },
    { capture: true },
  );
  window.addEventListener('mousemove', () => perf.dispatchMs.push(performance.now() - started));
  // The engine Worker's coverage lane: requests posted and answers received, by id.
  const Native = window.Worker;
  const open = new Set<number>();
  window.Worker = class extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (m: MessageEvent) => {
        const d = m.data as { id?: unknown; type?: unknown } | null;
        if (typeof d?.id === 'number' && d.type === 'coverage' && open.delete(d.id)) {
          perf.engine.inFlight = open.size;
        }
      });
    }
    override postMessage(message: unknown, options?: unknown): void {
      const d = message as { id?: unknown; type?: unknown } | null;
      if (typeof d?.id === 'number' && d.type === 'coverage') {
        open.add(d.id);
        perf.engine.sent++;
        perf.engine.inFlight = open.size;
        perf.engine.maxInFlight = Math.max(perf.engine.maxInFlight, open.size);
      }
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };
}

export async function resetPagePerf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const p = (window as PerfWindow).__perf;
    if (!p) throw new Error('page perf not installed');
    p.longTasks = [];
    p.moveToFrameMs = [];
    p.dispatchMs = [];
    p.storeMs = [];
    p.engine.maxInFlight = p.engine.inFlight;
    p.engine.sent = 0;
    return performance.now();
  });
}

export async function readPagePerf(page: Page): Promise<PagePerf> {
  return page.evaluate(() => {
    const p = (window as PerfWindow).__perf;
    if (!p) throw new Error('page perf not installed');
    return JSON.parse(JSON.stringify(p)) as PagePerf;
  });
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

/**
 * Main-thread time of a trace: all top-level tasks, and the part that is the map's drawing: animation-frame
 * callbacks (MapLibre renders there) and the frame commits (with software GL the page waits there while the GPU
 * process draws the WebGL canvas and reads it back).
 */
export interface MainThreadTime {
  taskMs: number;
  drawMs: number;
}

/** The renderer main thread with the most top-level tasks; overlapping task slices are counted once. */
export function mainThreadTime(events: readonly TraceEvent[]): MainThreadTime {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}/${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}/${e.tid}`;
    if (e.ph !== 'X' || !mains.has(key)) continue;
    const list = byThread.get(key) ?? [];
    list.push(e);
    byThread.set(key, list);
  }
  const tasks = (list: readonly TraceEvent[]) => list.filter((e) => e.name === 'RunTask');
  let best: TraceEvent[] = [];
  for (const list of byThread.values()) if (tasks(list).length > tasks(best).length) best = list;
  return {
    taskMs: unionMs(tasks(best)),
    drawMs: unionMs(best.filter((e) => e.name === 'FireAnimationFrame' || e.name === 'Commit')),
  };
}

function unionMs(slices: readonly TraceEvent[]): number {
  const sorted = [...slices].sort((a, b) => a.ts - b.ts);
  let total = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const s of sorted) {
    const stop = s.ts + (s.dur ?? 0);
    if (stop <= end) continue;
    total += stop - Math.max(s.ts, end);
    end = stop;
  }
  return total / 1000;
}

/** Runs a gesture under Chromium's timeline trace and returns its main-thread time. */
export async function tracedMainThread(
  browser: Browser,
  page: Page,
  gesture: () => Promise<void>,
): Promise<MainThreadTime> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await gesture();
  const buffer = await browser.stopTracing();
  const trace = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return mainThreadTime(Array.isArray(trace) ? trace : trace.traceEvents);
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}
