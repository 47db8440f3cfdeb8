import { fill } from '@siaga/i18n';
import { useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import type { OpenScenario } from '../store/scenario_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { promotedCandidate } from './plan_edits.ts';
import { scenarioApi } from './scenario_api.ts';

/**
 * Turns a candidate of the open saved scenario into a real planned post (planner or admin). The server writes the
 * post and the scenario in one transaction; the plan drops the candidate in one undo step and counts planned posts,
 * and the posts reload live with the new one.
 */
export function PromoteCandidate({
  open,
  onDone,
  onError,
}: {
  open: OpenScenario;
  onDone: (text: string) => void;
  onError: (e: unknown) => void;
}) {
  const { t } = useI18n();
  const api = useApi();
  const candidates = useAppState((s) => s.plan.candidates);
  const transact = useAppState((s) => s.transact);
  const setOpenScenario = useAppState((s) => s.setOpenScenario);
  const [pick, setPick] = useState('');
  if (candidates.length === 0) return null;
  const chosen = candidates.some((c) => c.id === pick) ? pick : (candidates[0]?.id ?? '');
  const promote = async () => {
    try {
      const { scenario, post } = await scenarioApi.promote(api, open.id, open.version, chosen);
      setOpenScenario({ id: scenario.id, name: scenario.name, version: scenario.version });
      transact('promoteCandidate', promotedCandidate(chosen));
      onDone(fill(t.scenarios.promoted, { name: post.properties.name }));
    } catch (e) {
      onError(e);
    }
  };
  return (
    <div className="scenario-promote" data-testid="scenario-promote">
      <h3>{t.scenarios.promoteHeading}</h3>
      <p className="hint-inline">{t.scenarios.promoteHelp}</p>
      <div className="button-row">
        <select
          value={chosen}
          aria-label={t.planner.candidates}
          onChange={(e) => setPick(e.currentTarget.value)}
        >
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {fill(t.planner.candidateLabel, { id: c.id })}
            </option>
          ))}
        </select>
        <button type="button" data-testid="scenario-promote-run" onClick={() => void promote()}>
          {t.scenarios.promote}
        </button>
      </div>
    </div>
  );
}
