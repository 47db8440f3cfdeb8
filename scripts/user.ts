import { runUserCli } from './user/cli.ts';
import { promptPassword, readStdin } from './user/terminal.ts';

/** `npm run user -- add NAME --role ROLE [--password-stdin]`, `token NAME [--label L]`, `list`, `disable NAME`. */
process.exitCode = await runUserCli(process.argv.slice(2), {
  log: (line) => console.log(line),
  error: (line) => console.error(line),
  readStdin,
  promptPassword,
});
