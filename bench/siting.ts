import { join } from 'node:path';
import { selectPosts, sitingCase, solveSites } from '@siaga/geo';
import { SitingRequest } from '@siaga/schema';
import loadHighs from 'highs';
import { parseSitingArgs, runSiting } from '../scripts/siting/cli.ts';
import { median, seedNetwork } from './seed_network.ts';
import { ms } from './timing.ts';

const root = join(import.meta.dirname, '..');

/** Church & ReVelle (1974), pp. 108-109 and 118: the optimum covered population of Swain's 55 points at S = 10 (test/in/README.md). */
const SWAIN_PUBLISHED: Record<number, number> = { 5: 609, 7: 633, 8: 638, 9: 640 };

/**
 * Time to the first (fast) and to the exact answer of best new sites: on the demo seed through the adapter (the
 * cost matrices included), and on Swain's 55 points through the CLI's code. Medians of several runs; Markdown.
 */
export async function sitingBenchLines(smoke: boolean): Promise<string[]> {
  const runs = smoke ? 1 : 9;
  const highs = await loadHighs();
  const { network, areas, posts } = seedNetwork();
  network.coverageModel(areas, 'fire_engine');
  const lines = [
    '',
    '## Best new sites (siting)',
    '',
    `Medians of ${runs} runs after one warm-up; "first" is the cost matrices plus greedy + Teitz-Bart interchange,`,
    '"exact" is that plus HiGHS 1.15 (WebAssembly) to the proven optimum (status and gap shown). The seed has',
    '148 desa as demand and planned/proposed posts plus desa points as candidates; the 10 operational posts stay.',
    '',
    '| Question | Demand x candidates | Matrices (ms) | To first (ms) | To exact (ms) | Status, gap |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  const seedCases: [string, unknown][] = [
    ['Seed, MCLP, K=3, 15 min with turnout', { k: 3 }],
    ['Seed, p-median, K=3, 15 min', { k: 3, objective: 'pMedian' }],
    ['Seed, p-center, K=3, 15 min', { k: 3, objective: 'pCenter' }],
    ['Seed, set covering, 15 min', { objective: 'lscp' }],
    [
      'Seed, MCLP, K=5, with road junctions',
      { k: 5, candidates: { sources: ['planned', 'proposed', 'desa', 'junction'] } },
    ],
  ];
  for (const [title, body] of seedCases) {
    const q = SitingRequest.parse(body);
    const matrices: number[] = [];
    const first: number[] = [];
    const exact: number[] = [];
    let status = '';
    let size = '';
    for (let r = 0; r <= runs; r++) {
      const t0 = performance.now();
      const c = sitingCase(network, areas, posts, selectPosts(posts, q), q);
      const t1 = performance.now();
      const solved = solveSites(c.problem, { highs, timeLimitS: 60 });
      if (r === 0) continue;
      matrices.push(t1 - t0);
      first.push(t1 - t0 + solved.fast.ms);
      exact.push(t1 - t0 + (solved.exact?.ms ?? Number.NaN));
      status = `${solved.exact?.status}, ${solved.exact?.gap}`;
      size = `${c.demand.length} x ${c.candidates.length}`;
    }
    lines.push(
      `| ${title} | ${size} | ${ms(median(matrices))} | ${ms(median(first))} | ${ms(median(exact))} | ${status} |`,
    );
  }
  const swain = join(root, 'test', 'in', 'siting_swain55.csv');
  for (const [p, radius] of [
    [5, 10],
    [7, 10],
    [8, 10],
    [9, 10],
  ] as const) {
    const first: number[] = [];
    const exact: number[] = [];
    let status = '';
    for (let r = 0; r <= runs; r++) {
      const out = await runSiting(
        parseSitingArgs([swain, '--p', String(p), '--radius', String(radius), '--exact']),
      );
      if (r === 0) continue;
      first.push(out.firstMs);
      exact.push(out.ms);
      status = `${out.status}, ${out.gap} (covers ${out.objective} of 640; published ${SWAIN_PUBLISHED[p]})`;
    }
    lines.push(
      `| Swain 55 points (CLI), MCLP, p=${p}, S=${radius} | 55 x 55 | - | ${ms(median(first))} | ${ms(median(exact))} | ${status} |`,
    );
  }
  return lines;
}
