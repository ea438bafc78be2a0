/** The real `npm start` server on an ephemeral port (shared with the scripts that need one). */
export { startServer, type RunningServer } from '../../src/build/startServer.ts';
