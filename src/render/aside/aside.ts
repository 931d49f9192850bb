import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DeliveryError } from '../../deliver/delivery-error.js';
import { ASIDE_RUNNERS, type AsideKind, type AsideReply, type AsideTasks } from './aside-tasks.js';

/**
 * A thread of its own for one kind of work (see `AsideTasks`), so that a pack's documents are
 * made side by side on a machine's cores: started early, it loads its libraries while the
 * workbook is read. It holds the process open only while a task is running, never when idle.
 */
export interface Aside<K extends AsideKind> {
  run(input: AsideTasks[K]['input']): Promise<AsideTasks[K]['output']>;
  /** Ends the thread; a task still running is refused. */
  stop(): Promise<void>;
}

/**
 * The built worker beside this module. From the TypeScript sources (the tests) there is none, and
 * the work is done on the calling thread instead: the same bytes either way.
 */
const WORKER = new URL('./aside-worker.js', import.meta.url);

const WHAT: Readonly<Record<AsideKind, string>> = { 'cover-report': 'drawing the cover report' };

function workerFile(): URL | undefined {
  return WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER)) ? WORKER : undefined;
}

/** The work done on this thread, as where there is no worker. */
function onThisThread<K extends AsideKind>(kind: K): Aside<K> {
  return { run: async (input) => (await ASIDE_RUNNERS[kind]())(input), stop: async () => {} };
}

interface Pending<Output> {
  readonly resolve: (output: Output) => void;
  readonly reject: (error: Error) => void;
}

export function startAside<K extends AsideKind>(kind: K): Aside<K> {
  const file = workerFile();
  if (file === undefined) return onThisThread(kind);
  const worker = new Worker(file, { workerData: { kind } });
  const pending: Pending<AsideTasks[K]['output']>[] = [];
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const task of pending.splice(0)) task.reject(failure);
    worker.unref();
  };
  worker.on('message', (reply: AsideReply<AsideTasks[K]['output']>) => {
    const task = pending.shift();
    if (pending.length === 0) worker.unref();
    if (task === undefined) return;
    if (reply.ok) {
      task.resolve(reply.output);
      return;
    }
    const error = new Error(reply.message);
    if (reply.stack !== undefined) error.stack = reply.stack;
    task.reject(error);
  });
  worker.on('error', (error: Error & { code?: string }) => {
    fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new DeliveryError(`the computer ran out of memory while ${WHAT[kind]}; close other programs and run packsmith again`) : error);
  });
  worker.on('exit', (code) => fail(new Error(`the thread ${WHAT[kind]} stopped (exit code ${code}) before it finished`)));
  // idle until it is given a task (after the listeners: adding one holds the thread again)
  worker.unref();
  return {
    run: (input) =>
      new Promise<AsideTasks[K]['output']>((resolve, reject) => {
        if (failure !== undefined) {
          reject(failure);
          return;
        }
        pending.push({ resolve, reject });
        worker.ref();
        worker.postMessage(input);
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}
