import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { createAreaSearch, type AreaSearch as Search } from '../../domain/areas/area-search';
import { fullName } from '../../domain/areas/areas';
import type { DatasetIndex } from '../../domain/dataset/dataset-index';
import type { Area } from '../../domain/model';
import { useDrillT } from './drill-messages';

const NOTHING = { hits: [], total: 0 };

// One search per dataset version, shared by every view that shows the box.
const searches = new WeakMap<DatasetIndex, Search>();
const searchOf = (index: DatasetIndex): Search => {
  let search = searches.get(index);
  if (!search) searches.set(index, (search = createAreaSearch(index.dataset.areas)));
  return search;
};

/**
 * A combobox (ARIA 1.2, list autocomplete): type a name with or without diacritics, get provinces,
 * districts and communes with their parent named; arrow keys move, Enter chooses, Escape closes.
 */
export function AreaSearch({ index, onChoose }: { index: DatasetIndex; onChoose: (area: Area) => void }) {
  const dt = useDrillT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The search's keys (every area's folded names) are made on the first letter typed, not when the view opens.
  const { hits, total } = useMemo(() => (query.trim() === '' ? NOTHING : searchOf(index).search(query)), [index, query]);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;
  const shown = open && query.trim() !== '';
  const choose = (area: Area) => {
    setQuery('');
    setOpen(false);
    setActive(-1);
    onChoose(area);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => (a < 0 ? (step > 0 ? 0 : hits.length - 1) : (a + step + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (shown && hit) {
        e.preventDefault();
        choose(hit.area);
      }
    } else if (e.key === 'Escape') {
      if (shown) e.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  const status = !shown ? '' : total === 0 ? dt('searchNone', { query }) : total > hits.length ? dt('searchMore', { shown: hits.length, n: total }) : dt('searchCount', { n: total });
  return (
    <div className="area-search" data-slide="secondary">
      <label htmlFor={id}>{dt('searchLabel')}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown && hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 && active < hits.length ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <span id={`${id}-hint`} className="visually-hidden">{dt('searchHint')}</span>
      <ul id={listId} role="listbox" aria-label={dt('searchResults')} className="area-search-list" hidden={!shown || hits.length === 0}>
        {shown &&
          hits.map((hit, i) => (
            // The pointer chooses on mousedown's click without taking focus from the box.
            <li key={hit.area.id} id={optionId(i)} role="option" aria-selected={i === active} className={i === active ? 'is-active' : undefined} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(hit.area)}>
              <span className="area-search-name">{fullName(hit.area)}</span>
              {hit.parent && <span className="area-search-parent"> {dt('inParent', { parent: hit.parent.name })}</span>}
            </li>
          ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">{status}</p>
      {shown && total === 0 && <p className="area-search-none">{status}</p>}
    </div>
  );
}
