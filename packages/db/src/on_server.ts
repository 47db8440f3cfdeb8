import postgres from 'postgres';

/**
 * Runs `work` on one short-lived admin connection to the server of `url` and always closes it: creating,
 * copying and dropping databases (test databases, scratch databases of the reliability run).
 *
 * @example
 * await onServer(url, (admin) => admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
 */
export async function onServer<T>(url: string, work: (admin: postgres.Sql) => Promise<T>): Promise<T> {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await work(admin);
  } finally {
    await admin.end({ timeout: 5 });
  }
}
