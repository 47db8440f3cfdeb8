import { useState } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';
import { featuresOf } from '../store/data_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { switchPostOff } from './plan_edits.ts';

/**
 * "What if this post closes for repairs?": a counted post switched off leaves the plan's coverage, so the gap
 * layer grows and the KPI and kecamatan tables show the loss against today's posts. Each switch is one undo step.
 */
export function SwitchedOffPosts() {
  const { t } = useI18n();
  const plan = useAppState((s) => s.plan);
  const transact = useAppState((s) => s.transact);
  const posts = useAppState((s) => featuresOf(s.datasets, 'posts'));
  const [pick, setPick] = useState('');
  const counted = posts.filter((p) => plan.postStatuses.includes(p.properties.status));
  const off = new Set(plan.switchedOff);
  const names = new Map(posts.map((p) => [p.properties.id, p.properties.name]));
  const choices = counted.filter((p) => !off.has(p.properties.id));
  return (
    <section className="panel-section" data-testid="switched-off">
      <h2>{t.scenarios.switchedOffHeading}</h2>
      <p className="hint-inline">{t.scenarios.switchedOffHelp}</p>
      <div className="button-row">
        <label className="field">
          <span>{t.scenarios.switchOffPick}</span>
          <select value={pick} data-testid="switch-off-pick" onChange={(e) => setPick(e.currentTarget.value)}>
            <option value="">{t.scenarios.switchOffChoose}</option>
            {choices.map((p) => (
              <option key={p.properties.id} value={p.properties.id}>
                {p.properties.name}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-testid="switch-off"
          disabled={pick === '' || off.has(pick)}
          onClick={() => {
            transact('switchOffPost', switchPostOff(pick, true));
            setPick('');
          }}
        >
          {t.scenarios.switchOff}
        </button>
      </div>
      {plan.switchedOff.length === 0 ? (
        <p className="muted">{t.scenarios.noneSwitchedOff}</p>
      ) : (
        <ul className="marker-list" data-testid="switched-off-list">
          {plan.switchedOff.map((id) => (
            <li key={id}>
              <span className="marker-dot marker-dot--off">×</span>
              <span className="marker-list__at">{names.get(id) ?? id}</span>
              <button
                type="button"
                className="link-button"
                onClick={() => transact('switchOnPost', switchPostOff(id, false))}
              >
                {t.scenarios.switchOn}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
