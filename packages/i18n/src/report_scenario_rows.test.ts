import { describe, expect, it } from 'vitest';
import { scenarioRows } from './report_scenario_rows.ts';

const figures = (share: number, posts: number) => ({
  travel: { areaShare: share, populationShare: share, desaShare: share },
  wmk: { areaShare: share, populationShare: share, desaShare: share },
  posts,
  postsPer30k: posts / 10,
});

describe('scenarioRows', () => {
  it('gives today, the scenario and the signed change for both standards and the posts', () => {
    const rows = scenarioRows(
      { id: 'x', name: 'S', today: figures(0.5, 10), figures: figures(0.525, 11), change: figures(0.025, 1) },
      15,
      'en',
    );
    expect(rows).toHaveLength(8);
    expect(rows[0]?.label).toContain('15');
    expect(rows[1]).toMatchObject({ today: '50 %', scenario: '52.5 %', change: '+2.5 %' });
    expect(rows[6]).toMatchObject({ today: '10', scenario: '11', change: '+1' });
  });
});
