import { parentPort } from 'node:worker_threads';
import { deserializeGraph, type EngineAreas, EngineNetwork } from '@siaga/geo';
import { SiagaError } from '@siaga/schema';
import loadHighs, { type Highs } from 'highs';
import { type EngineJob, runEngineJob } from './engine_job.ts';
import type { ThreadMessage, ThreadReply } from './engine_pool.ts';

/**
 * One engine thread: keeps the graph and areas the pool last sent (messages arrive in order, so a job always
 * finds the state sent before it) and answers jobs one at a time.
 */
let network: EngineNetwork | null = null;
let areas: EngineAreas | null = null;
/** HiGHS (WebAssembly) is loaded by the first siting or pre-positioning job and kept. */
let highs: Promise<Highs> | null = null;

function solverOnce(): Promise<Highs> {
  if (highs === null) {
    highs = loadHighs();
    // A failed load is tried again by the next siting job.
    highs.catch(() => {
      highs = null;
    });
  }
  return highs;
}

async function answer(id: number, job: EngineJob): Promise<ThreadReply> {
  try {
    if (network === null || areas === null)
      throw new Error('engine thread got a job before its graph and areas');
    const solves = (job.kind === 'siting' || job.kind === 'prepositioning') && job.request.exact;
    const solver = solves ? await solverOnce() : null;
    return { type: 'done', id, answer: runEngineJob(network, areas, job, solver) };
  } catch (e) {
    if (e instanceof SiagaError) {
      return { type: 'failed', id, error: { code: e.code, message: e.message, details: e.details } };
    }
    return { type: 'crashed', id, message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

parentPort?.on('message', (m: ThreadMessage) => {
  switch (m.type) {
    case 'network':
      network = new EngineNetwork(deserializeGraph(m.bytes), m.version);
      return;
    case 'areas':
      areas = { adminAreas: m.adminAreas, hazardZones: m.hazardZones };
      return;
    case 'job':
      // The pool sends a thread its next message only after this reply, so awaiting keeps the order.
      void answer(m.id, m.job).then((reply) => parentPort?.postMessage(reply));
      return;
    default:
      return m satisfies never;
  }
});
