/** The benchmark's progress lines, and how long a part took (since a performance.now() reading). */
export const log = (line) => console.log(`› ${line}`);
export const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
