// Runs the built CLI like bin/gov-tasks.js and, at exit, writes the process's peak resident
// memory (KB, worker threads included) to the file named by GOV_TASKS_MAXRSS_FILE.
import { writeFileSync } from 'node:fs';
import { main } from '../../dist/cli/main.js';

process.on('exit', () => {
  if (process.env.GOV_TASKS_MAXRSS_FILE) writeFileSync(process.env.GOV_TASKS_MAXRSS_FILE, String(process.resourceUsage().maxRSS));
});
main(process.argv).then((code) => { process.exitCode = code; });
