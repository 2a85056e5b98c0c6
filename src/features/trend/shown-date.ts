/** An ISO date as the reports write it: 01/07/2025. */
export const shownDate = (iso: string): string => iso.split('-').reverse().join('/');

/** The first day a unit is gone: the day after its last day in force. */
export const dayAfter = (iso: string): string => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
