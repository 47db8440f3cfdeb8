import { runImportCli } from './import/cli.ts';

/**
 * `npm run import -- roads FILE [--replace] [--clip kabupaten|W,S,E,N|AREA.geojson] [--buffer-km 5]` or
 * `admin-areas FILE [--replace-geometry] [--skip-unknown]` or an official kind: see scripts/import/.
 */
process.exitCode = await runImportCli(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  progress: process.stderr,
});
