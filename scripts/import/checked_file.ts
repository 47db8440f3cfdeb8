import { type FileHandle, open } from 'node:fs/promises';
import { SiagaError } from '@siaga/schema';

/**
 * Opens a file an import reads, refusing with one clear message what cannot be read: no such file, no
 * permission, a folder, not a regular file, an empty file. The caller closes the handle.
 */
export async function openChecked(file: string): Promise<FileHandle> {
  const handle = await open(file, 'r').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new SiagaError('not_found', `${file}: no such file`);
    if (err.code === 'EACCES')
      throw new SiagaError('bad_request', `${file}: not readable (permission denied)`);
    if (err.code === 'EISDIR') throw new SiagaError('bad_request', `${file}: is a folder, not a file`);
    throw new SiagaError('bad_request', `${file}: cannot be opened (${err.code ?? err.message})`);
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new SiagaError('bad_request', `${file}: not a regular file`);
    if (stat.size === 0) throw new SiagaError('bad_request', `${file}: the file is empty`);
    return handle;
  } catch (err) {
    await handle.close();
    throw err;
  }
}

/** The whole of a checked file. */
export async function readChecked(file: string): Promise<Uint8Array> {
  const handle = await openChecked(file);
  try {
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}
