import { userInfo } from 'node:os';
import {
  type Actor,
  apiTokens,
  type Database,
  heldBy,
  openDatabase,
  serverHolding,
  systemActor,
  users,
} from '@siaga/db';
import { Role, SiagaError, TokenCreate, UserCreate, UserName } from '@siaga/schema';

export const USAGE = [
  'usage: npm run user -- add NAME --role ROLE [--password-stdin]   (roles: viewer, dispatcher, planner, logistics, admin)',
  '       npm run user -- token NAME [--label LABEL]                 (prints a new API token once)',
  '       npm run user -- list',
  '       npm run user -- disable NAME',
].join('\n');

export type UserCommand =
  | { kind: 'add'; name: string; role: Role; passwordStdin: boolean }
  | { kind: 'token'; name: string; label: string }
  | { kind: 'list' }
  | { kind: 'disable'; name: string };

/** A bad command line: the CLI prints the message and exits with 2. */
class UsageError extends Error {}

interface Schema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
}

/** The value as the schema parses it, or a UsageError naming `what` and the schema's first complaint. */
function parsed<T>(schema: Schema<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UsageError(`${what}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return result.data;
}

/** Parses the words after `npm run user --`. */
export function parseUserArgs(argv: readonly string[]): UserCommand {
  const words: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--role' || arg === '--label') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      options.set(arg, value);
    } else if (arg === '--password-stdin') options.set(arg, true);
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  const [kind, name, ...rest] = words;
  const allowed: Record<string, string[]> = {
    add: ['--role', '--password-stdin'],
    token: ['--label'],
    list: [],
    disable: [],
  };
  if (kind === undefined || !(kind in allowed))
    throw new UsageError(kind ? `unknown command ${kind}` : 'no command');
  const extra = [...options.keys()].filter((o) => !allowed[kind]?.includes(o));
  if (extra.length > 0) throw new UsageError(`${extra.join(', ')} does not apply to ${kind}`);
  if (kind === 'list') {
    if (name !== undefined) throw new UsageError('list takes no name');
    return { kind };
  }
  if (name === undefined) throw new UsageError(`${kind} needs a NAME`);
  if (rest.length > 0) throw new UsageError(`unexpected ${rest.join(' ')}`);
  const userName = parsed(UserName, name, 'NAME');
  if (kind === 'add') {
    const role = options.get('--role');
    if (typeof role !== 'string') throw new UsageError('add needs --role ROLE');
    return {
      kind,
      name: userName,
      role: parsed(Role, role, 'ROLE'),
      passwordStdin: options.has('--password-stdin'),
    };
  }
  if (kind === 'token') {
    const label = options.get('--label');
    return { kind, name: userName, label: parsed(TokenCreate, { label: label ?? 'cli' }, 'LABEL').label };
  }
  return { kind: 'disable', name: userName };
}

export interface UserCliIo {
  log: (line: string) => void;
  error: (line: string) => void;
  /** The whole standard input (for --password-stdin). */
  readStdin: () => Promise<string>;
  /** Asks for a password without echo; null when there is no terminal to ask on. */
  promptPassword: (prompt: string) => Promise<string | null>;
  open?: () => Promise<Database>;
  /** The embedded folder to look for a running server's lock in; default the one `openDatabase()` opens, none with `open`. */
  folder?: string | null;
}

async function passwordOf(command: { passwordStdin: boolean }, io: UserCliIo): Promise<string> {
  if (command.passwordStdin) return (await io.readStdin()).replace(/\r?\n$/, '');
  const first = await io.promptPassword('Password: ');
  if (first === null)
    throw new UsageError('no terminal to ask for the password on; pipe it with --password-stdin');
  const again = await io.promptPassword('Password again: ');
  if (again !== first) throw new UsageError('the two passwords differ');
  return first;
}

async function userNamed(database: Database, name: string) {
  const user = await users.getByName(database.db, name);
  if (!user) throw new SiagaError('not_found', `no user named ${name}`);
  return user;
}

async function run(database: Database, command: UserCommand, actor: Actor, io: UserCliIo): Promise<void> {
  switch (command.kind) {
    case 'add': {
      const password = await passwordOf(command, io);
      const input = parsed(UserCreate, { name: command.name, role: command.role, password }, 'password');
      const user = await users.create(database.db, input, actor);
      io.log(`Created ${user.role} ${user.name} (${user.id})`);
      return;
    }
    case 'token': {
      const user = await userNamed(database, command.name);
      if (user.disabled) throw new SiagaError('validation_failed', `${user.name} is disabled`);
      const created = await apiTokens.issue(database.db, user.id, command.label, actor);
      if (!created) throw new SiagaError('not_found', `no user named ${command.name}`);
      io.error(
        `New API token "${created.label}" for ${user.name} (${created.id}); it is shown only this once:`,
      );
      io.log(created.token);
      return;
    }
    case 'list': {
      const all = await users.list(database.db);
      if (all.length === 0) io.log('No users yet: npm run user -- add NAME --role admin');
      for (const u of all)
        io.log(
          `${u.name.padEnd(24)} ${u.role.padEnd(10)} ${u.disabled ? 'disabled' : 'active  '} since ${u.createdAt}`,
        );
      return;
    }
    case 'disable': {
      const user = await userNamed(database, command.name);
      await users.update(database.db, user.id, { disabled: true }, actor);
      io.log(`Disabled ${user.name}; their sessions ended and their API tokens stop working`);
      return;
    }
    default:
      command satisfies never;
  }
}

/**
 * Manages users on the embedded database (or DATABASE_URL), as `npm start` opens it, and answers the exit
 * code: 0 done, 1 refused (name taken, unknown user), 2 bad arguments or input.
 */
export async function runUserCli(argv: readonly string[], io: UserCliIo): Promise<number> {
  let command: UserCommand;
  try {
    command = parseUserArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.error(`error: ${err.message}\n${USAGE}`);
    return 2;
  }
  const held = serverHolding(io.open && io.folder === undefined ? null : io.folder);
  if (held) {
    io.error(`error: ${heldBy(held.folder, held.lock)}`);
    return 1;
  }
  const database = await (io.open ?? (() => openDatabase()))();
  try {
    await run(database, command, systemActor('cli', `cli:${userInfo().username}`), io);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.error(`error: ${err.message}`);
      return 2;
    }
    if (!(err instanceof SiagaError)) throw err;
    io.error(`error: ${err.message}`);
    return 1;
  } finally {
    await database.close();
  }
}
