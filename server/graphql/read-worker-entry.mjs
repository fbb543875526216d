// A worker thread's entry: it loads TypeScript through tsx's loader (registered here, for this
// thread), then the read worker itself. Plain JavaScript, so Node can start it as it is.
import { register } from 'tsx/esm/api';

register();
await import('./read-worker.ts');
