import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a run measured, for the report's header. */
export function describeMachine(): string {
  const cores = cpus();
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  return [
    `- CPU: ${cores[0]?.model.trim() ?? 'unknown'}, ${cores.length} cores (shared with other work on this machine)`,
    `- Memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB; load average at the start (1/5/15 min): ${load}`,
    `- Node ${process.version} on ${process.platform} ${process.arch}`,
  ].join('\n');
}
