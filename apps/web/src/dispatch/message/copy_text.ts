/**
 * Copies `text` to the clipboard: the asynchronous Clipboard API where the page may use it, else the older
 * `execCommand('copy')` on a selected, off-screen textarea (plain http on a LAN address, older browsers).
 * Resolves false when neither worked, so the caller can select the text for the user to copy by hand.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && doc.defaultView?.isSecureContext) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, page not focused): try the older way below.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.top = '-1000px';
  doc.body.append(area);
  const active = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus();
  return ok;
}

/** Selects the text of `el`, so that a user whose browser refused to copy can press Ctrl+C. */
export function selectTextOf(el: HTMLElement): void {
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
}
