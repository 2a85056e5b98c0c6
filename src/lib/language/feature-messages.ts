import type { Language } from '../../domain/numbers/format';
import { interpolate, type Params } from './interpolate';
import { useT } from './use-language';

export { interpolate, type Params } from './interpolate';

/** A feature's own dictionary (Vietnamese first) as a hook that speaks the active language. */
export function defineMessages<K extends string>(messages: Record<Language, Record<K, string>>) {
  return function useMessages() {
    const { language } = useT();
    return (key: K, params?: Params) => interpolate(messages[language][key], params);
  };
}
