import { fill, formatDateTime } from '@siaga/i18n';
import type { AuditEntry } from '@siaga/schema';
import { useI18n } from '../i18n/use_i18n.ts';
import { changedFields, shortValue } from './audit_changes.ts';

/** Fields listed per entry before "+n more". */
const SHOWN_FIELDS = 6;

/** One audited change: when, who (and how), and the fields that differ between before and after. */
export function AuditEntryView({ entry, showEntity }: { entry: AuditEntry; showEntity: boolean }) {
  const { t, locale } = useI18n();
  const changes = changedFields(entry.before, entry.after);
  const words = { empty: t.audit.emptyValue, geometry: t.audit.geometry };
  const shown = changes.slice(0, SHOWN_FIELDS);
  return (
    <li className="audit-entry" data-testid="audit-entry" data-action={entry.action}>
      <p className="audit-entry__line audit-entry__head">
        <time dateTime={entry.at}>{formatDateTime(locale, t, entry.at)}</time>
        {' · '}
        {fill(t.audit.by, { action: t.enums.auditAction[entry.action], name: entry.actorName })}
        {entry.via !== 'session' && (
          <small> ({fill(t.audit.via, { via: t.enums.auditVia[entry.via] })})</small>
        )}
      </p>
      {showEntity && (
        <p className="audit-entry__line">
          {t.enums.auditEntity[entry.entity]} <code>{entry.entityId}</code>
        </p>
      )}
      {entry.reason && (
        <p className="audit-entry__line muted">{fill(t.audit.reason, { reason: entry.reason })}</p>
      )}
      {changes.length === 0 ? (
        entry.action === 'update' && <p className="audit-entry__line muted">{t.audit.noFieldChanged}</p>
      ) : (
        <ul className="audit-entry__changes">
          {shown.map((c) => (
            <li key={c.field}>
              <span className="audit-entry__field">{c.field}</span>{' '}
              {entry.action !== 'create' && (
                <>
                  <del>{shortValue(c.before, words)}</del> →{' '}
                </>
              )}
              <ins>{shortValue(c.after, words)}</ins>
            </li>
          ))}
          {changes.length > shown.length && (
            <li className="muted">{fill(t.audit.moreFields, { n: changes.length - shown.length })}</li>
          )}
        </ul>
      )}
    </li>
  );
}
