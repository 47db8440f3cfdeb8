import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './api_process.ts';

function npmRun(args: string[], env: Record<string, string>, stdin?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', ...args], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: '', SIAGA_DATA_DIR: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stdin.end(stdin ?? '');
    child.on('exit', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`npm run ${args.join(' ')} exited ${code}:\n${out}`)),
    );
  });
}

/** True when there is no SIAGA_TOKEN but the project has the user command, so writeToken makes a user. */
export function mustMakeToken(): boolean {
  if (process.env.SIAGA_TOKEN) return false;
  const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts?: object })
    .scripts;
  return scripts !== undefined && 'user' in scripts;
}

/**
 * The Bearer token writes are sent with: env SIAGA_TOKEN when given; else, once the project has the user command
 * (`npm run user`), a new admin is made on the run's own database and a token printed for it; else none (every
 * write is open). `env` names the database as for the server (DATABASE_URL or SIAGA_DATA_DIR); on the embedded
 * database call this before the server opens the folder.
 */
export async function writeToken(env: Record<string, string>): Promise<string | null> {
  if (process.env.SIAGA_TOKEN) return process.env.SIAGA_TOKEN;
  if (!mustMakeToken()) return null;
  const name = `reliability_${process.pid}`;
  const password = randomBytes(24).toString('base64url');
  await npmRun(['user', '--', 'add', name, '--role', 'admin', '--password-stdin'], env, `${password}\n`);
  const printed = await npmRun(['user', '--', 'token', name, '--label', 'reliability'], env);
  const token = printed.match(/siaga_[A-Za-z0-9_-]{20,}/)?.[0];
  if (!token) throw new Error(`npm run user -- token printed no token:\n${printed}`);
  return token;
}

/** Headers for a request, with the token when there is one. */
export function authHeaders(token: string | null): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}
