// `npm start`: build the dashboard with its built-in data and serve it on http://localhost:4173/.
import { ensureDependencies, run } from './setup.mjs';

ensureDependencies();
run('npx vite build');
console.log('\n› Chỉ Tiêu is served at http://localhost:4173/ (Ctrl+C to stop)\n');
run('npx vite preview --port 4173 --strictPort');
