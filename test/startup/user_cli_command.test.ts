import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiTokens, openDatabase } from '@siaga/db';
import { describe, expect, it } from 'vitest';
import { openPglite } from '../../packages/db/src/open_database.ts';
import { ensurePgliteTemplate } from '../../packages/db/src/testing/template.ts';
import { runUserCli } from '../../scripts/user/cli.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const password = 'kentongan-bali-2026';

/** `npm run user` as a real command on an embedded folder: slow (PGlite starts in a new process), so not in npm test. */
describe('npm run user on an embedded database folder', () => {
  it.skipIf(process.env.DATABASE_URL !== undefined)(
    'runs as a command on an embedded database folder: add with --password-stdin, then a token for that user',
    async () => {
      const dataDir = mkdtempSync(join(tmpdir(), 'siaga-user-cli-'));
      // A migrated folder from the test template: creating PostGIS from scratch is the slow part, not the CLI.
      const tarball = new Blob([readFileSync(await ensurePgliteTemplate())]);
      await (await openPglite({ dataDir, loadDataDir: tarball }, () => {})).close();
      try {
        const run = (args: string[], stdin = '') =>
          spawnSync(process.execPath, ['--import', 'tsx', 'scripts/user.ts', ...args], {
            cwd: repoRoot,
            input: stdin,
            encoding: 'utf8',
            env: { ...process.env, SIAGA_DATA_DIR: dataDir },
            timeout: 240_000,
          });
        const add = run(['add', 'admin1', '--role', 'admin', '--password-stdin'], `${password}\n`);
        expect(add.status, add.stderr).toBe(0);
        expect(add.stdout).toMatch(/Created admin admin1/);
        const bad = run(['add', 'admin2', '--role', 'superuser']);
        expect(bad.status).toBe(2);
        expect(bad.stderr.split('\n')[0]).toBe(
          'error: ROLE: Invalid option: expected one of "viewer"|"dispatcher"|"planner"|"logistics"|"admin"',
        );
        // The token printed by the CLI's own code path, on the folder the command wrote (one spawn is enough).
        const opened = await openDatabase({ dataDir });
        const out: string[] = [];
        const code = await runUserCli(['token', 'admin1'], {
          log: (line) => out.push(line),
          error: () => {},
          readStdin: async () => '',
          promptPassword: async () => null,
          open: async () => opened,
        });
        expect(code).toBe(0);
        const reopened = await openDatabase({ dataDir });
        try {
          expect(await apiTokens.resolve(reopened.db, out[0] as string)).toMatchObject({
            user: { name: 'admin1', role: 'admin' },
          });
        } finally {
          await reopened.close();
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
