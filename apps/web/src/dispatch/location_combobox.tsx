import { type KeyboardEvent, useEffect, useMemo, useState } from 'react';
import type { GazetteerIndex } from '../gazetteer/gazetteer_index.ts';
import { useI18n } from '../i18n/use_i18n.ts';
import { formatPoint, type LocationOption, locationChoices } from './location_options.ts';

/** The option Enter takes before the arrows move: the first, unless it is a fix the dispatcher must choose. */
function defaultActive(options: readonly LocationOption[]): number {
  return options.length > 0 && !options[0]?.fix ? 0 : -1;
}

/**
 * One box for a name or coordinates, with its results as an ARIA combobox: arrows move through the list,
 * Enter takes the highlighted result, Escape closes the list (a second Escape clears the text).
 */
export function LocationCombobox({
  id,
  index,
  onPick,
}: {
  id: string;
  index: GazetteerIndex;
  onPick(option: LocationOption): void;
}) {
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const choices = useMemo(() => locationChoices(locale, t, text, index), [locale, t, text, index]);
  const options = choices.options;
  const listId = `${id}-list`;
  const shown = open && options.length > 0;

  // The highlighted option stays in sight as the arrows move through a list taller than its box.
  useEffect(() => {
    if (shown && active >= 0)
      document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [shown, active, listId]);

  const edit = (next: string) => {
    setText(next);
    setOpen(true);
    setActive(defaultActive(locationChoices(locale, t, next, index).options));
  };
  const pick = (o: LocationOption) => {
    onPick(o);
    setText(o.label ?? formatPoint(locale, t, o.position));
    setOpen(false);
    setActive(-1);
  };
  const move = (step: number) => {
    if (options.length === 0) return;
    setOpen(true);
    setActive((a) => (a + step + options.length + (a < 0 && step < 0 ? 1 : 0)) % options.length);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        e.preventDefault();
        move(e.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter': {
        e.preventDefault();
        const o = shown ? options[active] : undefined;
        if (o) pick(o);
        return;
      }
      case 'Escape':
        if (shown || (open && choices.message)) setOpen(false);
        else if (text !== '') setText('');
        else return;
        e.preventDefault();
        e.stopPropagation();
        return;
      default:
    }
  };

  return (
    <div className="location-box">
      <label htmlFor={id}>{t.search.label}</label>
      <input
        id={id}
        role="combobox"
        aria-expanded={shown}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={`${id}-help`}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={t.search.placeholder}
        data-testid="location-search"
        onChange={(e) => edit(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
      />
      <div id={listId} role="listbox" aria-label={t.search.results} className="location-list" hidden={!shown}>
        {shown &&
          options.map((o, i) => (
            // The input keeps focus and handles the keys (ARIA combobox); a pointer picks with a click.
            // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard selection happens in the combobox input
            <div
              key={o.key}
              id={`${listId}-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active}
              data-kind={o.kind}
              data-fix={o.fix}
              data-testid="location-option"
              onMouseDown={(e) => e.preventDefault()}
              onMouseMove={() => setActive(i)}
              onClick={() => pick(o)}
            >
              <span className="location-list__title">{o.title}</span>
              <span className="location-list__kind">{t.search.kind[o.kind]}</span>
              {o.secondary && <span className="location-list__secondary">{o.secondary}</span>}
            </div>
          ))}
      </div>
      {open && choices.message && (
        <p className="location-message" role="status" data-testid="location-message">
          {choices.message}
        </p>
      )}
      <p id={`${id}-help`} className="hint-inline">
        {t.search.help}
      </p>
    </div>
  );
}
