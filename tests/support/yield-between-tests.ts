// Many CLI tests block their worker in spawnSync. Vitest's worker talks to the main process over
// an RPC whose calls time out after 60 s, and a worker that runs test after test without ever
// reaching the event loop's poll phase never reads the answers: on a loaded machine a file of
// such tests ends in "[vitest-worker]: Timeout calling onTaskUpdate" although every test passed.
// One trip through the event loop before each test lets those answers in.
import { beforeEach } from 'vitest';

beforeEach(() => new Promise<void>((resolve) => setImmediate(resolve)));
