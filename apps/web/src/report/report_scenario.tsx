import type { ScenarioSummary } from '@siaga/schema';
import { useEffect, useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { scenarioApi } from '../planner/scenario_api.ts';
import type { ReportRoute } from './report_route.ts';

/** The saved scenarios to compare with; an empty list while loading or when they cannot be read. */
function useScenarioList(): ScenarioSummary[] {
  const api = useApi();
  const [list, setList] = useState<ScenarioSummary[]>([]);
  useEffect(() => {
    let live = true;
    scenarioApi.list(api).then(
      (l) => live && setList(l),
      () => live && setList([]),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return list;
}

/** Chooses the saved scenario the summary compares with (written into the report's URL hash). */
export function ScenarioSelect({
  route,
  onRoute,
}: {
  route: ReportRoute;
  onRoute(route: ReportRoute): void;
}) {
  const { t } = useI18n();
  const list = useScenarioList();
  return (
    <label>
      {t.report.scenario}{' '}
      <select
        value={route.scenario ?? ''}
        onChange={(e) =>
          onRoute(e.target.value === '' ? { profile: route.profile } : { ...route, scenario: e.target.value })
        }
        data-testid="report-scenario"
      >
        <option value="">{t.report.scenarioNone}</option>
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
