import type { Language } from '../domain/format';
import { useT } from './use-language';

export type Params = Record<string, string | number>;

/** Fills "{name}" placeholders; a missing parameter stays visible rather than becoming "undefined". */
export const interpolate = (template: string, params?: Params): string =>
  params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : template;

/** A feature's own dictionary (Vietnamese first) as a hook that speaks the active language. */
export function defineMessages<K extends string>(messages: Record<Language, Record<K, string>>) {
  return function useMessages() {
    const { language } = useT();
    return (key: K, params?: Params) => interpolate(messages[language][key], params);
  };
}
