import { execFileSync } from 'node:child_process';
import { CoverageReport, Scenario } from '@siaga/schema';
import { describe, expect, it } from 'vitest';
import { scenarioDocument } from '../support/scenario_document.ts';
import { expectError } from './support/api_client.ts';
import { unknownId } from './support/fixtures.ts';
import { useTestApp } from './support/test_app.ts';

const t = useTestApp({ seeded: true, as: 'planner' });

/** Today's operational posts and one extra candidate south of Singaraja (inside the test road network). */
const document = scenarioDocument();

/** The PDF's text by pdftotext (Debian poppler-utils); null without it. */
function pdfText(bytes: Uint8Array): string | null {
  try {
    return execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });
  } catch {
    return null;
  }
}

describe('GET /api/reports/coverage?scenario=', () => {
  it("adds the scenario's figures and the change against today to the summary", async () => {
    const created = await t.api.post('/api/scenarios', { name: 'Pos Singaraja Selatan', document });
    expect(created.status, created.text).toBe(201);
    const scenario = Scenario.parse(created.json);
    const answer = await t.api.get(`/api/reports/coverage?scenario=${scenario.id}`);
    expect(answer.status, answer.text).toBe(200);
    const r = CoverageReport.parse(answer.json);
    const s = r.summary.scenario;
    if (s === undefined) throw new Error('no scenario block');
    expect(s.id).toBe(scenario.id);
    expect(s.name).toBe('Pos Singaraja Selatan');
    // Today's figures are the summary's own.
    expect(s.today.travel.populationShare).toBe(r.summary.travel.populationShare);
    expect(s.today.wmk.areaShare).toBe(r.summary.wmk.areaShare);
    expect(s.today.posts).toBe(r.summary.postCount);
    expect(s.figures.posts).toBe(r.summary.postCount + 1);
    for (const standard of ['travel', 'wmk'] as const)
      for (const key of ['areaShare', 'populationShare', 'desaShare'] as const) {
        expect(s.figures[standard][key]).toBeGreaterThanOrEqual(s.today[standard][key]);
        expect(s.change[standard][key]).toBeCloseTo(s.figures[standard][key] - s.today[standard][key], 12);
      }
    expect(s.figures.travel.populationShare).toBeGreaterThan(s.today.travel.populationShare);
    expect(s.change.posts).toBe(1);
    expect(s.change.postsPer30k).toBeCloseTo(s.figures.postsPer30k - s.today.postsPer30k, 12);

    const plain = CoverageReport.parse((await t.api.get('/api/reports/coverage')).json);
    expect(plain.summary.scenario).toBeUndefined();

    const viewer = await t.newUser('viewer');
    const pdf = await t.app.request(`/api/reports/coverage.pdf?lang=en&scenario=${scenario.id}`, {
      headers: { authorization: `Bearer ${viewer.token}` },
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(new Uint8Array(await pdf.arrayBuffer()));
    if (text === null)
      console.warn('pdftotext not found (Debian poppler-utils): the PDF text check is skipped');
    else expect(text).toContain('Change under scenario "Pos Singaraja Selatan"');
    const csv = await t.api.get(`/api/reports/coverage.csv?level=kecamatan&scenario=${scenario.id}`);
    expect(csv.status).toBe(200);
  });

  it('answers 404 for an unknown scenario on the JSON, the CSV and the PDF', async () => {
    for (const path of [
      `/api/reports/coverage?scenario=${unknownId}`,
      `/api/reports/coverage.csv?scenario=${unknownId}`,
      `/api/reports/coverage.pdf?scenario=${unknownId}`,
      '/api/reports/coverage?scenario=not-a-uuid',
    ])
      expectError(await t.api.get(path), 404, 'not_found');
  });
});
