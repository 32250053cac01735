import type { LiveApp } from '../app-state';

/** Why an app is not Ready, in words, and what to do about it. */
export interface Diagnosis {
  /** Stable identifier for scripts: `image-pull`, `crash-loop`, `not-listening`, … */
  readonly problem: string;
  readonly reason: string;
  readonly advice: string;
  /** Evidence: the upstream condition, exit code, last log lines. */
  readonly details: readonly string[];
}

/** One check: a diagnosis when its problem is what it sees, else null. */
export type Diagnose = (app: LiveApp) => Diagnosis | null | Promise<Diagnosis | null>;
