import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod for every schema of the app: zod/mini, the same schemas and checks as classic zod with a
 * functional API (z.optional(s), s.check(z.maxLength(n))) that bundles only what is used, so the
 * page's first visit does not carry classic zod's method-laden classes (about 20 kB gzip).
 * Classic zod sets English messages on first use; zod/mini sets none, so this module does,
 * once: every issue message stays word for word what classic zod wrote ("Too big: expected
 * string to have <=2000 characters"). App code imports z from here (tests may use classic zod).
 */
z.config(en());

export { z };
