// Mocha root hooks (loaded by .mocharc.cjs for every run). A test that times out never reaches its own
// clean-up, and a language server it started would keep running — busy with the test's backlog — and keep
// mocha from exiting (seen under a heavy load: npm test hung after the memory test's timeout). So after a
// timed-out test every live server is killed (the tests of its suite then fail fast instead of hanging),
// and after the run whatever is left.

import { liveServers } from './harness';

function killAll(): void {
  for (const proc of [...liveServers]) {
    proc.kill('SIGKILL');
    liveServers.delete(proc);
  }
}

export const mochaHooks = {
  afterEach(this: Mocha.Context): void {
    if (this.currentTest?.timedOut) killAll();
  },
  afterAll(): void {
    killAll();
  },
};
