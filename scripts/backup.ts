import { runBackupCli } from './backup/cli.ts';

/** `npm run backup -- FILE`: see scripts/backup/cli.ts. */
process.exitCode = await runBackupCli('backup', process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
