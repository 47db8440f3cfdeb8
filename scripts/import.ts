import { runImportCli } from './import/cli.ts';

/** `npm run import -- roads FILE [--replace]` or `admin-areas FILE [--replace-geometry] [--skip-unknown]`: see scripts/import/. */
process.exitCode = await runImportCli(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
