// @ts-check
/**
 * The project's import rules, checked by `npm run lint` (dependency-cruiser): no import circle, each
 * layer imports only the layers below it, features never import each other, and the rooms of
 * src/domain import one way (src/domain/README.md draws the graph).
 *
 *   app → features → components → lib → workers, persistence → domain
 */

/**
 * The rooms of src/domain from the ground up: a room imports only the rooms before it and the model
 * files at the root of src/domain (model, issues, limits, zod, awards, main-targets). Tests may read
 * across rooms.
 */
const DOMAIN_ROOMS = ['csv', 'numbers', 'text', 'areas', 'evaluation', 'periods', 'observations', 'catalog', 'validation', 'workbook', 'dataset', 'scoring', 'slides', 'publication', 'upload', 'report', 'spreadsheet'];

const TEST = '\\.test\\.tsx?$';
const notTest = { pathNot: TEST };

const layer = (name, from, notTo, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: from, ...notTest },
  to: { path: notTo },
});

const domainRooms = DOMAIN_ROOMS.map((room, rank) => {
  const above = DOMAIN_ROOMS.slice(rank + 1);
  return above.length === 0 ? null : layer(
    `domain-${room}-one-way`,
    `^src/domain/${room}/`,
    `^src/domain/(${above.join('|')})/`,
    `src/domain/${room} imports only the rooms below it: ${DOMAIN_ROOMS.slice(0, rank).join(', ') || 'the model files'}.`,
  );
}).filter((rule) => rule !== null);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'An import circle: move what both sides need into a third file below them.', from: {}, to: { circular: true } },
    layer('domain-is-the-ground', '^src/domain/', '^src/(?!domain/)', 'src/domain imports nothing of the app: it is pure TypeScript.'),
    layer('domain-model-at-the-root', '^src/domain/[^/]+\\.ts$', '^src/domain/[^/]+/', 'The model files at the root of src/domain import no room: every room sees them.'),
    ...domainRooms,
    layer('persistence-on-domain', '^src/persistence/', '^src/(?!domain/|persistence/)', 'src/persistence depends on the domain only.'),
    layer('workers-below-lib', '^src/workers/', '^src/(?!domain/|persistence/|workers/)', 'src/workers depends on the domain and persistence only.'),
    layer('lib-below-components', '^src/lib/', '^src/(components|features|app|testing)/', 'src/lib is shared: no components, features, app shell or test support.'),
    layer('components-below-features', '^src/components/', '^src/(features|app|testing)/', 'Shared components do not import features, the app shell or test support.'),
    {
      name: 'features-apart',
      comment: 'Features do not import each other; move what two features share to components/ or lib/.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: { path: '^src/features/', pathNot: '^src/features/$1/' },
    },
    layer('features-below-app', '^src/features/', '^src/(app|testing)/', 'Features do not import the app shell or test support.'),
    layer('testing-on-domain', '^src/testing/', '^src/(?!domain/|testing/)', 'Test support builds domain values only.'),
    { name: 'tests-stay-tests', severity: 'error', comment: 'Code does not import a test file.', from: notTest, to: { path: TEST } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
