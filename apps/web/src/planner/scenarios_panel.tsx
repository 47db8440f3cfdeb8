import { fill, formatDateTime, formatNumber } from '@siaga/i18n';
import type { ScenarioSummary } from '@siaga/schema';
import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { ApiError } from '../api/api_error.ts';
import { describeApiError } from '../api/describe_api_error.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { userOf } from '../store/auth_slice.ts';
import { useAppState, useAppStoreApi } from '../store/store_context.tsx';
import { replacePlan } from './plan_edits.ts';
import { PromoteCandidate } from './promote_candidate.tsx';
import { scenarioApi } from './scenario_api.ts';
import { ScenarioCompareView } from './scenario_compare.tsx';
import { documentOfPlan, planOfDocument } from './scenario_document.ts';
import './scenarios.css';

/**
 * "Skenario tersimpan": save the plan under a name, open one (a single undo step), duplicate, rename, delete,
 * export, and compare two. Scenarios are the team's: every planner sees them all.
 */
export function ScenariosPanel() {
  const { t, locale } = useI18n();
  const api = useApi();
  const store = useAppStoreApi();
  const user = useAppState((s) => userOf(s.auth));
  const tick = useAppState((s) => s.liveTick.scenario ?? 0);
  const open = useAppState((s) => s.openScenario);
  const [list, setList] = useState<ScenarioSummary[] | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const canWrite = user !== null && (user.role === 'planner' || user.role === 'admin');

  const reload = useCallback(() => {
    scenarioApi.list(api).then(
      (scenarios) => {
        setList(scenarios);
        setFailure(null);
      },
      (e: unknown) => setFailure(e),
    );
  }, [api]);
  useEffect(() => {
    void tick;
    reload();
  }, [reload, tick]);

  const describe = (e: unknown): string =>
    e instanceof ApiError ? describeApiError(t, e) : e instanceof Error ? e.message : String(e);
  const report = (e: unknown): void => setMessage({ text: describe(e), error: true });
  const done = (text: string) => {
    setMessage({ text, error: false });
    reload();
  };
  const currentDocument = () => {
    const s = store.getState();
    return documentOfPlan(s.plan, s.sitingSettings.hazardWeights);
  };

  const saveNew = async () => {
    try {
      const saved = await scenarioApi.create(api, { name: name.trim(), document: currentDocument() });
      store.getState().setOpenScenario({ id: saved.id, name: saved.name, version: saved.version });
      setName('');
      done(fill(t.scenarios.saved, { name: saved.name }));
    } catch (e) {
      report(e);
    }
  };
  const saveOver = async () => {
    if (open === null) return;
    try {
      const saved = await scenarioApi.update(api, open.id, open.version, { document: currentDocument() });
      store.getState().setOpenScenario({ id: saved.id, name: saved.name, version: saved.version });
      done(fill(t.scenarios.saved, { name: saved.name }));
    } catch (e) {
      report(e);
    }
  };
  const openOne = async (id: string) => {
    try {
      const scenario = await scenarioApi.get(api, id);
      const s = store.getState();
      s.transact('openScenario', replacePlan(planOfDocument(scenario.document)));
      s.setSitingSettings({ hazardWeights: scenario.document.hazardWeights });
      s.setOpenScenario({ id: scenario.id, name: scenario.name, version: scenario.version });
      setMessage({ text: fill(t.scenarios.opened, { name: scenario.name }), error: false });
    } catch (e) {
      report(e);
    }
  };
  const act = async (work: () => Promise<string>) => {
    try {
      done(await work());
    } catch (e) {
      report(e);
    }
  };
  const rename = (s: ScenarioSummary, to: string) =>
    act(async () => {
      const saved = await scenarioApi.update(api, s.id, s.version, { name: to.trim() });
      if (open?.id === s.id)
        store.getState().setOpenScenario({ ...open, name: saved.name, version: saved.version });
      setRenaming(null);
      return fill(t.scenarios.saved, { name: saved.name });
    });
  const remove = (s: ScenarioSummary) =>
    act(async () => {
      await scenarioApi.remove(api, s.id, s.version);
      if (open?.id === s.id) store.getState().setOpenScenario(null);
      setConfirmDelete(null);
      return `${t.scenarios.remove}: ${s.name}`;
    });

  return (
    <section className="panel-section scenarios" data-testid="scenarios">
      <h2>{t.scenarios.heading}</h2>
      <p className="hint-inline">{t.scenarios.intro}</p>
      {canWrite ? (
        <form
          className="scenarios__save"
          onSubmit={(e) => {
            e.preventDefault();
            if (name.trim() !== '') void saveNew();
          }}
        >
          <label className="field">
            <span>{t.scenarios.name}</span>
            <input
              type="text"
              value={name}
              maxLength={120}
              data-testid="scenario-name"
              onChange={(e) => setName(e.currentTarget.value)}
            />
          </label>
          <div className="button-row">
            <button type="submit" data-testid="scenario-save" disabled={name.trim() === ''}>
              {t.scenarios.save}
            </button>
            {open !== null && (
              <button type="button" data-testid="scenario-save-over" onClick={() => void saveOver()}>
                {fill(t.scenarios.saveOver, { name: open.name })}
              </button>
            )}
          </div>
        </form>
      ) : (
        <p className="muted">{t.scenarios.signInToSave}</p>
      )}
      {message !== null && (
        <p className={message.error ? 'warning' : 'muted'} role="status" data-testid="scenario-message">
          {message.text}
        </p>
      )}
      {failure !== null && <p className="warning">{describe(failure)}</p>}
      {list === null ? (
        <p className="muted">{t.scenarios.loading}</p>
      ) : list.length === 0 ? (
        <p className="muted">{t.scenarios.none}</p>
      ) : (
        <ul className="scenario-list" data-testid="scenario-list">
          {list.map((s) => (
            <li key={s.id} data-name={s.name} data-open={open?.id === s.id}>
              {renaming?.id === s.id ? (
                <form
                  className="scenario-list__rename"
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (renaming.name.trim() !== '') void rename(s, renaming.name);
                  }}
                >
                  <input
                    type="text"
                    aria-label={t.scenarios.renamePrompt}
                    value={renaming.name}
                    maxLength={120}
                    onChange={(e) => setRenaming({ id: s.id, name: e.currentTarget.value })}
                  />
                  <button type="submit">{t.scenarios.rename}</button>
                </form>
              ) : (
                <strong className="scenario-list__name">{s.name}</strong>
              )}
              <small className="muted">
                {fill(t.scenarios.author, { name: s.author, when: formatDateTime(locale, t, s.updatedAt) })} ·{' '}
                {fill(t.scenarios.counts, {
                  c: formatNumber(locale, s.candidateCount),
                  o: formatNumber(locale, s.switchedOffCount),
                })}
              </small>
              <div className="scenario-list__actions">
                <button type="button" data-action="open" onClick={() => void openOne(s.id)}>
                  {t.scenarios.open}
                </button>
                {canWrite && (
                  <>
                    <button
                      type="button"
                      className="link-button"
                      data-action="duplicate"
                      onClick={() =>
                        void act(async () =>
                          fill(t.scenarios.saved, { name: (await scenarioApi.duplicate(api, s.id)).name }),
                        )
                      }
                    >
                      {t.scenarios.duplicate}
                    </button>
                    {renaming?.id !== s.id && (
                      <button
                        type="button"
                        className="link-button"
                        data-action="rename"
                        onClick={() => setRenaming({ id: s.id, name: s.name })}
                      >
                        {t.scenarios.rename}
                      </button>
                    )}
                    {confirmDelete === s.id ? (
                      <button
                        type="button"
                        className="danger"
                        data-action="confirm-delete"
                        onClick={() => void remove(s)}
                      >
                        {fill(t.scenarios.removeConfirm, { name: s.name })}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        data-action="delete"
                        onClick={() => setConfirmDelete(s.id)}
                      >
                        {t.scenarios.remove}
                      </button>
                    )}
                  </>
                )}
                <a className="link-button" href={scenarioApi.exportUrl(s.id, 'geojson')} download>
                  {t.scenarios.exportGeoJson}
                </a>
                <a className="link-button" href={scenarioApi.exportUrl(s.id, 'csv')} download>
                  {t.scenarios.exportCsv}
                </a>
              </div>
            </li>
          ))}
        </ul>
      )}
      {canWrite && open !== null && <PromoteCandidate open={open} onDone={done} onError={report} />}
      {list !== null && list.length > 1 && <ScenarioCompareView list={list} onError={report} />}
    </section>
  );
}
