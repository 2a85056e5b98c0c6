export type Params = Record<string, string | number>;

/** Fills "{name}" placeholders; a missing parameter stays visible rather than becoming "undefined". */
export const interpolate = (template: string, params?: Params): string =>
  params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : template;
