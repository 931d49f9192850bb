/**
 * What a long step reports as it goes: the command line shows it as a live line on a terminal and
 * as plain lines in a log. `done`/`total` count the step's items where it has them.
 */
export interface ProgressEvent {
  readonly step: string;
  readonly done?: number;
  readonly total?: number;
  /** The step has finished (a terminal's live line can end). */
  readonly finished?: boolean;
}

export type ProgressListener = (event: ProgressEvent) => void;
