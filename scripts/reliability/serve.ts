import { parseEnv, start } from '@siaga/api';

// The server the reliability run measures: `npm start` without the web app (only the API is under test).
const server = await start({ ...parseEnv(), webDist: null, log: (m) => console.log(m) });
console.log(`listening on ${server.url}`);
process.once('SIGTERM', () => {
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
