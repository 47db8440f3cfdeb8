import { spawn } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');

export interface ApiProcess {
  /** The address it listens on, once it says so; rejects when it exits first or takes longer than the limit. */
  listening: Promise<string>;
  /** Everything it printed so far, stdout and stderr interleaved. */
  output(): string;
  /** SIGTERM, then SIGKILL when it has not exited within 10 s; resolves once it has exited. */
  stop(): Promise<void>;
}

const LISTENING = /Siaga is listening on (http:\/\/\S+)/;

/**
 * Runs the API the way `npm start` does once the web app is built (`node --import tsx apps/api/src/main.ts`), in a
 * child process with `env` added to this one's. Give PORT=0 for a free port: `listening` answers which one.
 *
 * @example
 *   const api = spawnApiProcess({ PORT: '0', DATABASE_URL: url });
 *   try { const base = await api.listening; await fetch(`${base}/api/health`); } finally { await api.stop(); }
 */
export function spawnApiProcess(env: Record<string, string>, startLimitMs = 90_000): ApiProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const listening = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the API did not listen within ${startLimitMs} ms:\n${printed}`)),
      startLimitMs,
    );
    const read = (chunk: Buffer) => {
      printed += chunk.toString('utf8');
      const url = LISTENING.exec(printed)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${signal ?? code}) before listening:\n${printed}`));
    });
  });
  // A caller that stops the process before awaiting `listening` must not see an unhandled rejection.
  listening.catch(() => {});
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  return {
    listening,
    output: () => printed,
    async stop() {
      if (hasExited()) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
