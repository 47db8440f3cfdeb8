import { parseEnv } from './env.ts';
import { start } from './start.ts';

/** `npm start`: serves Siaga on one port, settings from the environment (see env.ts). */
// performance.now() counts from process start, so the times include loading the code, not just opening the database.
const seconds = () => (performance.now() / 1000).toFixed(1);
const log = (message: string) => console.log(`[siaga ${seconds().padStart(5)} s] ${message}`);

async function startFromEnv() {
  try {
    return await start({ ...parseEnv(), log });
  } catch (err) {
    console.error(`Siaga could not start: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

const server = await startFromEnv();
log(`Siaga is listening on ${server.url} (ready in ${seconds()} s); API reference at ${server.url}/api/docs`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal} received, closing`);
  try {
    await server.close();
    process.exit(0);
  } catch (err) {
    console.error(err);
    process.exit(1);
  }
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
