/** The real `npm start` server on an ephemeral port; one copy, in `src/build/`, shared with the Lighthouse audit. */
export { startServer, type RunningServer } from '../../src/build/startServer.ts';
