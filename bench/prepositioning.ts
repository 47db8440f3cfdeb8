import { prepositioningCase, solvePlan } from '@siaga/geo';
import { PrepositioningRequest } from '@siaga/schema';
import loadHighs from 'highs';
import { median, seedNetwork } from './seed_network.ts';
import { ms } from './timing.ts';

/**
 * Time to the first (greedy) and to the exact pre-positioning plan on the demo seed through the adapter (the
 * travel-time matrix included). Medians of several runs; Markdown.
 */
export async function prepositioningBenchLines(smoke: boolean): Promise<string[]> {
  const runs = smoke ? 1 : 9;
  const highs = await loadHighs();
  const { network, areas, posts, caches } = seedNetwork();
  network.coverageModel(areas, 'fire_engine');
  const lines = [
    '',
    '## Equipment pre-positioning',
    '',
    `Medians of ${runs} runs after one warm-up; "first" is the travel-time matrix (caches and candidate caches to`,
    'each zone) plus the greedy plan, "exact" is that plus HiGHS to the proven optimum (least missing kit, then least',
    'cost). Existing caches keep their stock; planned and proposed posts without a cache are candidate caches.',
    '',
    '| Question | Zones x caches x items | Matrix (ms) | To first (ms) | To exact (ms) | Status, gap | Cost (Rp) |',
    '| --- | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  const cases: [string, unknown][] = [
    ['Landslide kit, high zones, 30 min', { hazardTypes: ['landslide'] }],
    ['Every kit, medium zones and above, 30 min', { level: 'sedang' }],
    [
      'Every kit, medium and above, 15 min, desa candidates',
      {
        level: 'sedang',
        standard: { minutes: 15 },
        candidates: { sources: ['planned', 'proposed', 'desa'] },
      },
    ],
    ['Every kit, medium and above, budget Rp 300 million', { level: 'sedang', budget: 300_000_000 }],
  ];
  for (const [title, body] of cases) {
    const q = PrepositioningRequest.parse(body);
    const matrix: number[] = [];
    const first: number[] = [];
    const exact: number[] = [];
    let status = '';
    let size = '';
    let cost = 0;
    for (let r = 0; r <= runs; r++) {
      const t0 = performance.now();
      const c = prepositioningCase(network, areas, caches, posts, q);
      const t1 = performance.now();
      const solved = solvePlan(c.problem, { highs, timeLimitS: 60 });
      if (r === 0) continue;
      matrix.push(t1 - t0);
      first.push(t1 - t0 + solved.fast.ms);
      exact.push(t1 - t0 + (solved.exact?.ms ?? Number.NaN));
      status = `${solved.exact?.status}, ${solved.exact?.gap}`;
      size = `${c.zones.length} x ${c.caches.length} x ${c.types.length}`;
      cost = solved.exact?.score.cost ?? Number.NaN;
    }
    lines.push(
      `| ${title} | ${size} | ${ms(median(matrix))} | ${ms(median(first))} | ${ms(median(exact))} | ${status} | ${cost.toLocaleString('en')} |`,
    );
  }
  return lines;
}
