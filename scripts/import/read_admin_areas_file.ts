import { readFile } from 'node:fs/promises';
import type { DesaBoundaryInput } from '@siaga/db';
import { AreaGeometry, DesaCode, type ErrorIssue, SiagaError } from '@siaga/schema';

/** One desa polygon of the file, with the names it carries (compared with the stored ones, never written). */
export interface DesaBoundaryFeature extends DesaBoundaryInput {
  name: string | null;
  kecamatanName: string | null;
}

/**
 * Reads a GeoJSON FeatureCollection of desa polygons: BIG attributes (KDEPUM = Kemendagri code, NAMOBJ = name,
 * WADMKC = kecamatan name) or plain `code` / `name` properties. Every problem (no code, a malformed code, a
 * missing or non-polygon geometry, a code given twice) is collected and thrown at once, before any write.
 */
export async function readAdminAreasFile(file: string): Promise<DesaBoundaryFeature[]> {
  const bytes = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') throw new SiagaError('not_found', `No file ${file}`);
    throw err;
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    throw new SiagaError('bad_request', `${file} is not valid JSON: ${(err as Error).message}`);
  }
  const features = (parsed as { type?: unknown; features?: unknown } | null)?.features;
  if ((parsed as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw new SiagaError('bad_request', `${file} is not a GeoJSON FeatureCollection`);
  }
  const issues: ErrorIssue[] = [];
  const out: DesaBoundaryFeature[] = [];
  const firstIndex = new Map<string, number>();
  for (const [index, raw] of features.entries()) {
    const path = `features.${index}`;
    const f = raw as { geometry?: unknown; properties?: Record<string, unknown> | null } | null;
    const props = f?.properties ?? {};
    const code = text(props.KDEPUM) ?? text(props.code);
    if (code === null) {
      issues.push({ path: `${path}.properties`, message: 'no desa code (KDEPUM or code)' });
      continue;
    }
    if (!DesaCode.safeParse(code).success) {
      issues.push({
        path: `${path}.properties`,
        message: `"${code}" is not a desa code such as 51.08.08.2013`,
      });
      continue;
    }
    const seen = firstIndex.get(code);
    if (seen !== undefined) {
      issues.push({
        path: `${path}.properties`,
        message: `desa ${code} also in features.${seen}: merge its parts into one MultiPolygon`,
      });
      continue;
    }
    firstIndex.set(code, index);
    const geometry = AreaGeometry.safeParse(f?.geometry);
    if (!geometry.success) {
      const issue = geometry.error.issues[0];
      issues.push({
        path: [`${path}.geometry`, ...(issue?.path ?? []).map(String)].join('.'),
        message:
          f?.geometry == null ? 'no geometry' : `not a valid Polygon or MultiPolygon (${issue?.message})`,
      });
      continue;
    }
    out.push({
      code,
      geometry: geometry.data,
      path,
      name: text(props.NAMOBJ) ?? text(props.name),
      kecamatanName: text(props.WADMKC),
    });
  }
  if (issues.length > 0) {
    const first = issues[0] as ErrorIssue;
    throw new SiagaError(
      'validation_failed',
      `${file}: ${issues.length === 1 ? `${first.path}: ${first.message}` : `${issues.length} features are not usable`}`,
      issues,
    );
  }
  if (out.length === 0) throw new SiagaError('bad_request', `${file} holds no desa`);
  return out;
}

function text(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}
