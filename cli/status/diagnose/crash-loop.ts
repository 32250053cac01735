import type { LiveApp } from '../app-state';
import { containerStatuses } from '../conditions';
import type { Diagnosis } from './diagnosis';

/** Log lines shown with a crash. */
export const CRASH_LOG_LINES = 10;

/**
 * The app's container keeps exiting: it waits in CrashLoopBackOff, or has restarted after a
 * termination. Shows the last exit code and the last lines the crashed container wrote.
 */
export async function crashLoop(app: LiveApp): Promise<Diagnosis | null> {
  const { expected } = app;
  const crashed = containerStatuses(app.pods, expected.container)
    .find(({ status }) => status.state?.waiting?.reason === 'CrashLoopBackOff' || (status.restartCount > 0 && status.lastState?.terminated !== undefined));
  if (!crashed) return null;
  const terminated = crashed.status.lastState?.terminated ?? crashed.status.state?.terminated;
  const pod = crashed.pod.metadata?.name ?? '?';
  const exit = terminated ? `exit code ${terminated.exitCode}${terminated.reason ? ` (${terminated.reason})` : ''}` : 'no exit code recorded';
  let logLines: string[];
  try {
    const text = await app.cluster.log({ namespace: expected.namespace, pod, container: expected.container, tailLines: CRASH_LOG_LINES, previous: true });
    logLines = text.split('\n').filter((line) => line !== '').slice(-CRASH_LOG_LINES);
  } catch (error) {
    logLines = [`(no log: ${(error as Error).message})`];
  }
  return {
    problem: 'crash-loop',
    reason: `the container keeps crashing: ${exit}, ${crashed.status.restartCount} restart${crashed.status.restartCount === 1 ? '' : 's'}`,
    advice: terminated?.reason === 'OOMKilled'
      ? 'it ran out of memory: raise the app\'s memory limit or lower its use'
      : `read the last lines below (all of them: calvin logs ${expected.name} --previous); the app must keep running and serve on port ${expected.port}`,
    details: [`pod ${pod}: ${exit}`, ...(logLines.length > 0 ? ['last log lines:', ...logLines.map((line) => `  ${line}`)] : ['last log lines: (none)'])],
  };
}
