import { fill } from '@siaga/i18n';
import { HazardType, ImportKind, ImportReport } from '@siaga/schema';
import { useState } from 'react';
import { useApi } from '../api/api_context.tsx';
import { ApiError } from '../api/api_error.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { userOf } from '../store/auth_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { ImportReportView } from './import_report_view.tsx';

interface Choice {
  kind: ImportKind;
  file: File | null;
  epsg: string;
  hazardType: HazardType | '';
  skipInvalid: boolean;
}

const START: Choice = { kind: 'population', file: null, epsg: '', hazardType: '', skipInvalid: false };

/** The query of POST /api/imports/{kind} for a choice. */
function importPath(c: Choice, dryRun: boolean): string {
  const q = new URLSearchParams({ file: c.file?.name ?? 'upload', dryRun: String(dryRun) });
  if (c.skipInvalid) q.set('skipInvalid', 'true');
  if (c.epsg.trim() !== '' && c.kind !== 'population') q.set('epsg', c.epsg.trim());
  if (c.hazardType !== '' && c.kind === 'hazard-zones') q.set('hazardType', c.hazardType);
  return `/api/imports/${c.kind}?${q}`;
}

/**
 * The admin's upload page for official data: choose the kind and the file, check it first (a dry run shows
 * what would be taken, repaired and refused), then import the same file.
 */
export function ImportPanel() {
  const { t } = useI18n();
  const api = useApi();
  const isAdmin = useAppState((s) => userOf(s.auth)?.role === 'admin');
  const [choice, setChoice] = useState<Choice>(START);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checked, setChecked] = useState<Choice | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!isAdmin) {
    return (
      <section className="panel-section" data-testid="import-panel">
        <h2>{t.imports.heading}</h2>
        <p className="muted">{t.imports.adminOnly}</p>
      </section>
    );
  }
  const change = (c: Partial<Choice>) => {
    setChoice((old) => ({ ...old, ...c }));
    setChecked(null);
    setReport(null);
    setError(null);
  };
  const send = async (dryRun: boolean) => {
    if (choice.file === null) return setError(t.imports.chooseFile);
    setBusy(true);
    setError(null);
    try {
      const { value } = await api.write(
        'POST',
        importPath(choice, dryRun),
        { file: choice.file },
        ImportReport,
      );
      setReport(value ?? null);
      setChecked(dryRun ? choice : null);
    } catch (e) {
      const details = e instanceof ApiError ? e.details.map((d) => `${d.path}: ${d.message}`).join('; ') : '';
      setError(
        fill(t.imports.failed, { message: [(e as Error).message, details].filter(Boolean).join(' — ') }),
      );
      setReport(null);
    } finally {
      setBusy(false);
    }
  };
  const spatial = choice.kind !== 'population';
  return (
    <section className="panel-section import-panel" data-testid="import-panel">
      <h2>{t.imports.heading}</h2>
      <label className="field">
        <span>{t.imports.kind}</span>
        <select
          data-testid="import-kind"
          value={choice.kind}
          onChange={(e) => change({ kind: ImportKind.parse(e.currentTarget.value) })}
        >
          {ImportKind.options.map((k) => (
            <option key={k} value={k}>
              {t.enums.importKind[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t.imports.file}</span>
        <input
          type="file"
          data-testid="import-file"
          accept=".csv,.txt,.geojson,.json,.zip"
          onChange={(e) => change({ file: e.currentTarget.files?.[0] ?? null })}
        />
        <small className="muted">{t.imports.fileHelp}</small>
      </label>
      {spatial && (
        <label className="field">
          <span>{t.imports.epsg}</span>
          <input
            inputMode="numeric"
            value={choice.epsg}
            placeholder="32750"
            onChange={(e) => change({ epsg: e.currentTarget.value })}
          />
          <small className="muted">{t.imports.epsgHelp}</small>
        </label>
      )}
      {choice.kind === 'hazard-zones' && (
        <label className="field">
          <span>{t.imports.hazardType}</span>
          <select
            value={choice.hazardType}
            onChange={(e) => {
              const v = HazardType.safeParse(e.currentTarget.value);
              change({ hazardType: v.success ? v.data : '' });
            }}
          >
            <option value="">{t.imports.fromFile}</option>
            {HazardType.options.map((h) => (
              <option key={h} value={h}>
                {t.enums.hazardType[h]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="import-check">
        <input
          type="checkbox"
          checked={choice.skipInvalid}
          onChange={(e) => change({ skipInvalid: e.currentTarget.checked })}
        />
        <span>{t.imports.skipInvalid}</span>
      </label>
      <div className="button-row import-actions">
        <button type="button" data-testid="import-dry-run" disabled={busy} onClick={() => send(true)}>
          {busy ? t.imports.running : t.imports.dryRun}
        </button>
        <button
          type="button"
          data-testid="import-run"
          className="primary"
          disabled={busy || checked !== choice}
          title={checked === choice ? undefined : t.imports.dryRunFirst}
          onClick={() => send(false)}
        >
          {t.imports.run}
        </button>
      </div>
      {error && (
        <p className="field__error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
      {report && <ImportReportView report={report} />}
    </section>
  );
}
