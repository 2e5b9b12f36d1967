// The detection worker's entry: workers do not inherit the parent's tsx loader (bin/pledgewatch.js
// registers it through the API, and vitest transforms only its own thread), so the worker
// registers it itself before loading the TypeScript task.
import { register } from 'tsx/esm/api';

register();
const { runDetection } = await import('./detect-task.ts');

export default runDetection;
