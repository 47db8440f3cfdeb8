// An engine thread runs the TypeScript sources like the server does (through tsx), in any process that starts it.
import { register } from 'tsx/esm/api';

register();
await import('./engine_thread.ts');
