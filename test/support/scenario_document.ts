import { SCENARIO_DOCUMENT_VERSION, type ScenarioDocument } from '@siaga/schema';

/**
 * A planner document as the app saves it: today's operational posts, the fire engine, 5/10/15-minute bands and
 * one candidate, K1, south of Singaraja (inside the test road network); `changes` replaces fields.
 */
export function scenarioDocument(changes: Partial<ScenarioDocument> = {}): ScenarioDocument {
  return {
    format: SCENARIO_DOCUMENT_VERSION,
    postStatuses: ['operational'],
    profile: 'fire_engine',
    thresholdsMin: [5, 10, 15],
    countTurnout: true,
    mode: 'travelTime',
    levelIndex: 2,
    candidates: [{ id: 'K1', position: [115.25, -8.2] }],
    movedPosts: [],
    switchedOff: [],
    isochroneOf: null,
    hazardWeights: {},
    ...changes,
  };
}
