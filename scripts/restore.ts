import { runBackupCli } from './backup/cli.ts';

/** `npm run restore -- FILE`: see scripts/backup/cli.ts. */
process.exitCode = await runBackupCli('restore', process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
