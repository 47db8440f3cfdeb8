import { fill } from '@siaga/i18n';
import { DispatchMessage } from '@siaga/schema';
import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/use_i18n.ts';
import { useDeskTick } from '../incidents/use_desk_action.ts';
import { useFetched } from '../incidents/use_fetched.ts';
import { copyText, selectTextOf } from './copy_text.ts';

/**
 * The message for WhatsApp or SMS, built by the server from the stored incident and its assignments (the same
 * `dispatchMessage()` of @siaga/i18n), in the interface language: a preview, one-click copy, a wa.me link and
 * the printable sheet.
 */
export function DispatchMessageView({ incidentId, onPrint }: { incidentId: string; onPrint(): void }) {
  const { t, locale } = useI18n();
  const tick = useDeskTick();
  const preview = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const message = useFetched(`${incidentId}:${locale}:${tick}`, async (api, signal) => {
    const path = `/api/incidents/${encodeURIComponent(incidentId)}/dispatch-message?lang=${locale}`;
    return (await api.read(path, DispatchMessage, signal)).value;
  });
  const text = message.value?.text ?? '';
  const copy = async () => {
    const ok = await copyText(text);
    setCopied(ok ? 'yes' : 'no');
    if (!ok && preview.current) selectTextOf(preview.current);
  };
  return (
    <section
      className="panel-section dispatch-message"
      data-testid="dispatch-message"
      data-status={message.status}
    >
      <h2>{t.incidentPanel.messageHeading}</h2>
      <p className="hint-inline">{t.incidentPanel.messageHint}</p>
      {message.status === 'error' && (
        <p className="field__error">{fill(t.incidentPanel.loadFailed, { message: message.error.message })}</p>
      )}
      {message.value && (
        <>
          <pre ref={preview} className="dispatch-message__text" data-testid="message-text" lang={locale}>
            {text}
          </pre>
          <div className="button-row">
            <button type="button" className="primary" data-testid="copy-message" onClick={() => void copy()}>
              {t.incidentPanel.copy}
            </button>
            <a
              className="button-link"
              href={message.value.whatsappUrl}
              target="_blank"
              rel="noopener noreferrer"
              data-testid="whatsapp-link"
            >
              {t.incidentPanel.whatsapp}
            </a>
            <button type="button" data-testid="print-button" onClick={onPrint}>
              {t.incidentPanel.print}
            </button>
          </div>
          {copied && (
            <p className={copied === 'yes' ? 'muted' : 'warning'} role="status" data-testid="copy-status">
              {copied === 'yes' ? t.incidentPanel.copied : t.incidentPanel.copyFailed}
            </p>
          )}
        </>
      )}
    </section>
  );
}
