import { fill, formatNumber } from '@siaga/i18n';
import { useEffect, useState } from 'react';
import { AnswerStatus } from '../components/engine_status.tsx';
import { MarkerList } from '../components/marker_list.tsx';
import { ProfileSelect } from '../components/profile_select.tsx';
import { ToolButton } from '../components/tool_button.tsx';
import { useI18n } from '../i18n/use_i18n.ts';
import { shownValue } from '../store/async_result.ts';
import {
  COVERAGE_MODES,
  DEFAULT_PRESET,
  livePlan,
  PLANNED_STATUSES,
  STANDARD_15_PRESET,
} from '../store/planner_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { KecamatanTable } from './kecamatan_table.tsx';
import { KpiTable } from './kpi_table.tsx';
import { MovedPosts } from './moved_posts.tsx';
import { parseThresholds } from './parse_thresholds.ts';
import {
  applyPreset,
  removeCandidates,
  setCountTurnout,
  setMode,
  setPostStatus,
  setProfile,
  setThresholds,
  showIsochronesOf,
  showLevel,
} from './plan_edits.ts';
import { PlanHistory } from './plan_history.tsx';
import { PrepositioningPanel } from './prepositioning_panel.tsx';
import { ScenariosPanel } from './scenarios_panel.tsx';
import { SitingPanel } from './siting_panel.tsx';
import { SwitchedOffPosts } from './switched_off_posts.tsx';

function ThresholdsInput() {
  const { t, locale } = useI18n();
  const thresholds = useAppState((s) => s.plan.thresholdsMin);
  const transact = useAppState((s) => s.transact);
  const shown = thresholds.map((m) => formatNumber(locale, m, 1)).join(', ');
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(shown);
    setInvalid(false);
  }, [shown]);
  const commit = () => {
    // Indonesian writes decimals with a comma, which is also the separator here: whole minutes are the norm.
    const parsed = parseThresholds(text);
    setInvalid(parsed === null);
    if (parsed !== null) transact('thresholds', setThresholds(parsed));
  };
  return (
    <label className="field">
      <span>{t.planner.thresholds}</span>
      <input
        type="text"
        inputMode="decimal"
        value={text}
        aria-invalid={invalid}
        data-testid="thresholds"
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <small className={invalid ? 'field__error' : undefined}>
        {invalid ? t.planner.thresholdsInvalid : t.planner.thresholdsHelp}
      </small>
    </label>
  );
}

function Settings() {
  const { t } = useI18n();
  const plan = useAppState((s) => s.plan);
  const transact = useAppState((s) => s.transact);
  return (
    <>
      <fieldset className="field">
        <legend>{t.planner.postsCounted}</legend>
        {PLANNED_STATUSES.map((status) => (
          <label key={status} className="check">
            <input
              type="checkbox"
              checked={plan.postStatuses.includes(status)}
              data-status={status}
              onChange={(e) => transact('postStatuses', setPostStatus(status, e.currentTarget.checked))}
            />
            {t.enums.postStatus[status]}
          </label>
        ))}
      </fieldset>
      <ProfileSelect
        label={t.planner.profile}
        value={plan.profile}
        onChange={(profile) => transact('profile', setProfile(profile))}
      />
      <fieldset className="field">
        <legend>{t.planner.mode}</legend>
        {COVERAGE_MODES.map((mode) => (
          <label key={mode} className="check" title={t.planner.modeHelp[mode]}>
            <input
              type="radio"
              name="coverage-mode"
              value={mode}
              checked={plan.mode === mode}
              onChange={() => transact('mode', setMode(mode))}
            />
            {t.planner.modes[mode]}
          </label>
        ))}
        <small>{t.planner.modeHelp[plan.mode]}</small>
      </fieldset>
      {plan.mode === 'travelTime' && (
        <>
          <ThresholdsInput />
          <label className="check">
            <input
              type="checkbox"
              checked={plan.countTurnout}
              onChange={(e) => transact('countTurnout', setCountTurnout(e.currentTarget.checked))}
            />
            {t.planner.countTurnout}
          </label>
          <div className="button-row">
            <button
              type="button"
              data-testid="preset-15"
              onClick={() => transact('preset', applyPreset(STANDARD_15_PRESET))}
            >
              {t.planner.preset15}
            </button>
            <button type="button" onClick={() => transact('preset', applyPreset(DEFAULT_PRESET))}>
              {t.planner.presetDefault}
            </button>
          </div>
          <p className="hint-inline">{t.planner.preset15Help}</p>
        </>
      )}
    </>
  );
}

function Candidates() {
  const { t, locale } = useI18n();
  const candidates = useAppState((s) => livePlan(s).candidates);
  const transact = useAppState((s) => s.transact);
  return (
    <section className="panel-section">
      <h2>{t.planner.candidates}</h2>
      <ToolButton tool="add_candidate" off="select" testId="add-candidate">
        {(on) => (on ? t.planner.addingCandidate : t.planner.addCandidate)}
      </ToolButton>
      <p className="hint-inline">{t.planner.candidateHelp}</p>
      {candidates.length === 0 ? (
        <p className="muted">{t.planner.noCandidates}</p>
      ) : (
        <MarkerList
          markers={candidates}
          testId="candidate-list"
          dotClass="marker-dot--candidate"
          dotText={(c) => c.id}
          at={(c) => (
            <>
              {formatNumber(locale, c.position[1], 4)}, {formatNumber(locale, c.position[0], 4)}
            </>
          )}
          onRemove={(id) => transact('removeCandidate', removeCandidates([id]))}
        />
      )}
      {candidates.length > 1 && (
        <button
          type="button"
          className="link-button"
          onClick={() => transact('removeAllCandidates', removeCandidates(candidates.map((c) => c.id)))}
        >
          {t.planner.removeAll}
        </button>
      )}
    </section>
  );
}

function Isochrones() {
  const { t } = useI18n();
  const plan = useAppState((s) => s.plan);
  const transact = useAppState((s) => s.transact);
  const posts = useAppState((s) => s.datasets.posts);
  const iso = useAppState((s) => s.isochrones);
  const list = posts.status === 'ready' ? posts.features.filter((p) => p.properties.status !== 'closed') : [];
  const shown = shownValue(iso);
  const empty = shown?.result.features.every((f) => f.geometry.coordinates.length === 0) === true;
  return (
    <section className="panel-section">
      <h2>{t.planner.isochrones}</h2>
      <label className="field">
        <span>{t.planner.isochroneOf}</span>
        <select
          value={plan.isochroneOf ?? ''}
          data-testid="isochrone-of"
          onChange={(e) => transact('isochroneOf', showIsochronesOf(e.currentTarget.value || null))}
        >
          <option value="">{t.planner.isochroneNone}</option>
          {plan.candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {fill(t.planner.candidateLabel, { id: c.id })}
            </option>
          ))}
          {list.map((p) => (
            <option key={p.properties.id} value={p.properties.id}>
              {p.properties.name}
            </option>
          ))}
        </select>
        <small>{t.planner.isochroneHelp}</small>
      </label>
      {plan.isochroneOf !== null && (
        <AnswerStatus
          status={iso.status}
          ms={shownValue(iso)?.ms ?? null}
          error={iso.status === 'error' ? iso.message : null}
          testId="isochrone-status"
        />
      )}
      {plan.isochroneOf !== null && iso.status === 'ready' && empty && (
        <p className="warning">{t.planner.isochroneEmpty}</p>
      )}
    </section>
  );
}

export function PlannerPanel() {
  const { t, locale } = useI18n();
  const plan = useAppState((s) => s.plan);
  const transact = useAppState((s) => s.transact);
  const coverage = useAppState((s) => s.coverage);
  const posts = useAppState((s) => s.datasets.posts);
  const answer = shownValue(coverage);
  const levels = answer?.scenario[plan.mode].levels ?? [];
  const names = new Map(
    posts.status === 'ready' ? posts.features.map((p) => [p.properties.id, p.properties.name]) : [],
  );
  return (
    <div className="planner" data-testid="planner-panel">
      <section className="panel-section">
        <h2>{t.planner.heading}</h2>
        <p className="hint-inline">{t.planner.intro}</p>
        <PlanHistory />
        <Settings />
      </section>
      <Candidates />
      <SwitchedOffPosts />
      <MovedPosts />
      <SitingPanel />
      <PrepositioningPanel />
      <ScenariosPanel />
      <section className="panel-section" data-testid="coverage-kpis" data-status={coverage.status}>
        <h2>{t.planner.kpiHeading}</h2>
        <AnswerStatus
          status={coverage.status}
          ms={answer?.ms ?? null}
          error={coverage.status === 'error' ? coverage.message : null}
          testId="coverage-status"
        />
        {answer && (
          <>
            <p className="muted">
              {fill(t.planner.postsCount, {
                n: formatNumber(locale, answer.scenario.postCount - plan.candidates.length),
                c: formatNumber(locale, plan.candidates.length),
              })}
            </p>
            <KpiTable scenario={answer.scenario} baseline={answer.baseline} mode={plan.mode} />
            <p className="muted">
              {fill(t.planner.noRoad, { n: formatNumber(locale, answer.scenario.noRoadPopulation) })}
            </p>
            {answer.scenario.unanchoredPosts.length > 0 && (
              <p className="warning">
                {fill(t.planner.unanchored, {
                  names: answer.scenario.unanchoredPosts.map((id) => names.get(id) ?? id).join(', '),
                })}
              </p>
            )}
          </>
        )}
      </section>
      {answer && (
        <section className="panel-section">
          <h2>{t.planner.kecamatanHeading}</h2>
          {levels.length > 1 && (
            <label className="field">
              <span>{t.planner.shownLevel}</span>
              <select
                value={plan.levelIndex}
                onChange={(e) => transact('shownLevel', showLevel(Number(e.currentTarget.value)))}
              >
                {levels.map((l, j) => (
                  <option key={l.limit} value={j}>
                    {fill(t.planner.minutesShort, { n: formatNumber(locale, l.limit, 1) })}
                  </option>
                ))}
              </select>
            </label>
          )}
          <KecamatanTable
            scenario={answer.scenario}
            baseline={answer.baseline}
            mode={plan.mode}
            levelIndex={plan.levelIndex}
          />
        </section>
      )}
      <Isochrones />
    </div>
  );
}
