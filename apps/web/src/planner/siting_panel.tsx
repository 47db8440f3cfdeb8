import { SitingObjective } from '@siaga/schema';
import { sitingRequest } from '../engine/siting_question.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { type SitingSettings, shownSites } from '../store/siting_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { NumberField } from './number_field.tsx';
import { SitingHazards } from './siting_hazards.tsx';
import { SitingStatus } from './siting_status.tsx';
import { SuggestedSites } from './suggested_sites.tsx';

function SitingForm() {
  const { t } = useI18n();
  const settings = useAppState((s) => s.sitingSettings);
  const set = useAppState((s) => s.setSitingSettings);
  const patch = (p: Partial<SitingSettings>) => set(p);
  return (
    <>
      <label className="field">
        <span>{t.siting.objective}</span>
        <select
          value={settings.objective}
          data-testid="siting-objective"
          onChange={(e) => patch({ objective: SitingObjective.parse(e.currentTarget.value) })}
        >
          {SitingObjective.options.map((o) => (
            <option key={o} value={o}>
              {t.enums.sitingObjective[o]}
            </option>
          ))}
        </select>
        <small>{t.siting.objectiveHelp[settings.objective]}</small>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.useBudget}
          onChange={(e) => patch({ useBudget: e.currentTarget.checked })}
        />
        {t.siting.useBudget}
      </label>
      {settings.useBudget ? (
        <>
          <NumberField
            label={t.siting.newSiteCost}
            value={settings.newSiteCost}
            min={0.01}
            step={0.5}
            testId="siting-new-cost"
            onChange={(newSiteCost) => patch({ newSiteCost })}
          />
          <NumberField
            label={t.siting.upgradeCost}
            value={settings.upgradeCost}
            min={0.01}
            step={0.5}
            testId="siting-upgrade-cost"
            onChange={(upgradeCost) => patch({ upgradeCost })}
          />
          <NumberField
            label={t.siting.cap}
            value={settings.cap}
            min={0.01}
            step={0.5}
            testId="siting-cap"
            onChange={(cap) => patch({ cap })}
          />
        </>
      ) : (
        settings.objective !== 'lscp' && (
          <NumberField
            label={t.siting.k}
            value={settings.k}
            min={1}
            max={15}
            testId="siting-k"
            onChange={(k) => patch({ k })}
          />
        )
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={settings.junctions}
          onChange={(e) => patch({ junctions: e.currentTarget.checked })}
        />
        {t.siting.junctions}
      </label>
      <SitingHazards />
      <NumberField
        label={t.siting.timeLimit}
        value={settings.timeLimitS}
        min={1}
        max={120}
        testId="siting-time-limit"
        onChange={(timeLimitS) => patch({ timeLimitS })}
      />
    </>
  );
}

/** "Best sites for new posts": the model, K or a budget, a time limit; the fast answer, then the exact one. */
export function SitingPanel() {
  const { t } = useI18n();
  const run = useAppState((s) => s.siting);
  const store = useAppStoreApi();
  const ready = useAppState((s) => s.network.status === 'ready' && s.context.status === 'ready');
  const cancel = useAppState((s) => s.cancelSiting);
  const answer = shownSites(run);
  const start = () => {
    const s = store.getState();
    s.askSiting(sitingRequest(s.plan, s.sitingSettings));
  };
  return (
    <section className="panel-section" data-testid="siting-panel">
      <h2>{t.siting.heading}</h2>
      <p className="hint-inline">{t.siting.intro}</p>
      <SitingForm />
      <button
        type="button"
        disabled={!ready || run.status === 'running'}
        data-testid="siting-run"
        onClick={start}
      >
        {run.status === 'running' ? t.siting.running : t.siting.run}
      </button>
      {run.status === 'running' && (
        <button type="button" data-testid="siting-cancel" onClick={cancel}>
          {t.siting.gapsClosed.cancel}
        </button>
      )}
      <SitingStatus run={run} />
      {answer !== null && <SuggestedSites answer={answer} />}
    </section>
  );
}
