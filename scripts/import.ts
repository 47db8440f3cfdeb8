import { runImportCli } from './import/cli.ts';

/** `npm run import -- roads FILE [--replace]`: see scripts/import/import_roads.ts. */
process.exitCode = await runImportCli(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
