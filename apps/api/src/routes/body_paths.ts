import { SiagaError, VersionConflict } from '@siaga/schema';

/**
 * Repositories name the input they refuse relative to what they were given (`features.3.geometry`, `geometry`);
 * clients see paths into the request body, like the validation errors (`body.features.3.geometry`).
 * `single` is set when the body was one Feature that the route wrapped as `features.0`. A version conflict is
 * about the stored record, not the body: it passes unchanged (with the current version the API answers).
 */
export async function withBodyPaths<T>(work: Promise<T>, opts: { single?: boolean } = {}): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (!(err instanceof SiagaError) || err instanceof VersionConflict) throw err;
    const rename = (path: string) => {
      const relative = opts.single ? path.replace(/^features\.0(\.|$)/, '') : path;
      return relative === '' ? 'body' : `body.${relative}`;
    };
    throw new SiagaError(
      err.code,
      err.message,
      err.details.map((d) => ({ ...d, path: rename(d.path) })),
    );
  }
}
