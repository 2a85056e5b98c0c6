import { useEffect, useRef } from 'react';

/**
 * What presentation remotes send: → Space PageDown (next), ← PageUp (previous), Home/End,
 * digits then Enter to jump, Esc to leave.
 */
export function useSlideKeys(handlers: { go: (index: number) => void; index: number; total: number; leave: () => void }) {
  const typed = useRef('');
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { go, index, total, leave } = latest.current;
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement) return;
      if (['ArrowRight', 'PageDown', ' ', 'Spacebar'].includes(e.key)) go(index + 1);
      else if (['ArrowLeft', 'PageUp'].includes(e.key)) go(index - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(total - 1);
      else if (/^\d$/.test(e.key)) typed.current += e.key;
      else if (e.key === 'Enter' && typed.current) {
        go(Number(typed.current) - 1);
        typed.current = '';
      } else if (e.key === 'Escape') leave();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return typed;
}
