import { parentPort } from 'node:worker_threads';
import { deserializeGraph, type EngineAreas, EngineNetwork } from '@siaga/geo';
import { SiagaError } from '@siaga/schema';
import { type EngineJob, runEngineJob } from './engine_job.ts';
import type { ThreadMessage, ThreadReply } from './engine_pool.ts';

/**
 * One engine thread: keeps the graph and areas the pool last sent (messages arrive in order, so a job always
 * finds the state sent before it) and answers jobs one at a time.
 */
let network: EngineNetwork | null = null;
let areas: EngineAreas | null = null;

function answer(id: number, job: EngineJob): ThreadReply {
  try {
    if (network === null || areas === null)
      throw new Error('engine thread got a job before its graph and areas');
    return { type: 'done', id, answer: runEngineJob(network, areas, job) };
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
      parentPort?.postMessage(answer(m.id, m.job));
      return;
    default:
      return m satisfies never;
  }
});
