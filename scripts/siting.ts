import { runSitingCli } from './siting/cli.ts';

/** `npm run siting -- FILE --p 5 --radius 600 [--candidates FILE] [--network] [--exact]`: see scripts/siting/cli.ts. */
process.exitCode = await runSitingCli(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
