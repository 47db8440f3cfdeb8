import { describe, expect, it } from 'vitest';
import { parseReportHash, reportHash, reportQuery } from './report_route.ts';

describe('report route', () => {
  it('reads the report hash with and without a profile', () => {
    expect(parseReportHash('#report')).toEqual({ profile: 'fire_engine' });
    expect(parseReportHash('#report?profile=motorbike')).toEqual({ profile: 'motorbike' });
    expect(parseReportHash('#report?profile=tank')).toEqual({ profile: 'fire_engine' });
  });

  it('ignores other hashes', () => {
    expect(parseReportHash('')).toBeNull();
    expect(parseReportHash('#reports')).toBeNull();
  });

  it('round-trips', () => {
    for (const profile of ['fire_engine', 'light_rescue', 'motorbike'] as const)
      expect(parseReportHash(reportHash({ profile }))).toEqual({ profile });
    const withScenario = { profile: 'motorbike', scenario: 'a1b2' } as const;
    expect(parseReportHash(reportHash(withScenario))).toEqual(withScenario);
  });

  it('carries the scenario into the API query', () => {
    expect(parseReportHash('#report?scenario=a1b2')).toEqual({ profile: 'fire_engine', scenario: 'a1b2' });
    expect(reportQuery({ profile: 'fire_engine', scenario: 'a1b2' })).toBe(
      'profile=fire_engine&scenario=a1b2',
    );
    expect(reportQuery({ profile: 'fire_engine' })).toBe('profile=fire_engine');
  });
});
