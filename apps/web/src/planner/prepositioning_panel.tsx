import { HazardLevel, HazardType } from '@siaga/schema';
import { prepositioningRequest } from '../engine/prepositioning_question.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { type PrepositioningSettings, shownPlan } from '../store/prepositioning_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { KitEditor } from './kit_editor.tsx';
import { NumberField } from './number_field.tsx';
import { PrepositioningPlan, PrepositioningStatus } from './prepositioning_result.tsx';

function PrepositioningForm() {
  const { t } = useI18n();
  const settings = useAppState((s) => s.prepositioningSettings);
  const set = useAppState((s) => s.setPrepositioningSettings);
  const patch = (p: Partial<PrepositioningSettings>) => set(p);
  const kit = settings.kits[settings.hazardType] ?? [];
  return (
    <>
      <label className="field">
        <span>{t.prepositioning.hazardType}</span>
        <select
          value={settings.hazardType}
          data-testid="prepos-hazard"
          onChange={(e) => patch({ hazardType: HazardType.parse(e.currentTarget.value) })}
        >
          {HazardType.options.map((h) => (
            <option key={h} value={h}>
              {t.enums.hazardType[h]}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.allTypes}
          data-testid="prepos-all-types"
          onChange={(e) => patch({ allTypes: e.currentTarget.checked })}
        />
        {t.prepositioning.allTypes}
      </label>
      <KitEditor
        hazardType={settings.hazardType}
        kit={kit}
        onChange={(next) => patch({ kits: { ...settings.kits, [settings.hazardType]: next } })}
      />
      <label className="field">
        <span>{t.prepositioning.level}</span>
        <select
          value={settings.level}
          data-testid="prepos-level"
          onChange={(e) => patch({ level: HazardLevel.parse(e.currentTarget.value) })}
        >
          {HazardLevel.options.map((l) => (
            <option key={l} value={l}>
              {t.enums.hazardLevel[l]}
            </option>
          ))}
        </select>
      </label>
      <NumberField
        label={t.prepositioning.minutes}
        value={settings.minutes}
        min={1}
        max={120}
        testId="prepos-minutes"
        onChange={(minutes) => patch({ minutes })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={settings.useBudget}
          data-testid="prepos-use-budget"
          onChange={(e) => patch({ useBudget: e.currentTarget.checked })}
        />
        {t.prepositioning.useBudget}
      </label>
      {settings.useBudget && (
        <NumberField
          label={t.prepositioning.budget}
          value={settings.budgetMillions}
          min={0.01}
          step={10}
          testId="prepos-budget"
          onChange={(budgetMillions) => patch({ budgetMillions })}
        />
      )}
      <NumberField
        label={t.prepositioning.timeLimit}
        value={settings.timeLimitS}
        min={1}
        max={120}
        testId="prepos-time-limit"
        onChange={(timeLimitS) => patch({ timeLimitS })}
      />
      <NumberField
        label={t.prepositioning.gapsClosed.perKm}
        value={settings.movePerKm}
        min={0}
        step={500}
        testId="prepos-per-km"
        onChange={(movePerKm) => patch({ movePerKm })}
      />
      <p className="muted">{t.prepositioning.pricing}</p>
      <p className="muted">{t.prepositioning.gapsClosed.perKmHelp}</p>
    </>
  );
}

/** "Equipment pre-positioning": kits, level, standard, budget; the fast plan, then the exact one, explained. */
export function PrepositioningPanel() {
  const { t } = useI18n();
  const run = useAppState((s) => s.prepositioning);
  const store = useAppStoreApi();
  const ready = useAppState((s) => s.network.status === 'ready' && s.context.status === 'ready');
  const cancel = useAppState((s) => s.cancelPrepositioning);
  const answer = shownPlan(run);
  const start = () => {
    const s = store.getState();
    s.askPrepositioning(prepositioningRequest(s.plan, s.prepositioningSettings));
  };
  return (
    <section className="panel-section" data-testid="prepos-panel">
      <h2>{t.prepositioning.heading}</h2>
      <p className="hint-inline">{t.prepositioning.intro}</p>
      <PrepositioningForm />
      <button
        type="button"
        disabled={!ready || run.status === 'running'}
        data-testid="prepos-run"
        onClick={start}
      >
        {run.status === 'running' ? t.prepositioning.running : t.prepositioning.run}
      </button>
      {run.status === 'running' && (
        <button type="button" data-testid="prepos-cancel" onClick={cancel}>
          {t.prepositioning.gapsClosed.cancel}
        </button>
      )}
      <PrepositioningStatus run={run} />
      {answer !== null && <PrepositioningPlan answer={answer} />}
    </section>
  );
}
