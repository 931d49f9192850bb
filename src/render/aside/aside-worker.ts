import { parentPort, workerData } from 'node:worker_threads';
import { ASIDE_RUNNERS, type AsideKind, type AsideReply } from './aside-tasks.js';

/*
 * A worker thread of one kind (see `startAside`): it loads that kind's modules as soon as it
 * starts, while the pack is still being read, then runs the tasks it is sent one after another,
 * answering each in the order it came.
 */
const { kind } = workerData as { readonly kind: AsideKind };
// a task arrives as the message the caller sent for this kind (see `Aside.run`)
const run = (await ASIDE_RUNNERS[kind]()) as (input: unknown) => Promise<unknown>;

async function answer(input: unknown): Promise<AsideReply<unknown>> {
  try {
    return { ok: true, output: await run(input) };
  } catch (error) {
    return error instanceof Error ? { ok: false, message: error.message, ...(error.stack === undefined ? {} : { stack: error.stack }) } : { ok: false, message: String(error) };
  }
}

let queue = Promise.resolve();
parentPort?.on('message', (input: unknown) => {
  queue = queue.then(async () => parentPort?.postMessage(await answer(input)));
});
