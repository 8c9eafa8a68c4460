/** Scheduling for the pages that share the workbench's main thread (the Markdown preview, the panel). */

/** Gives the event loop a turn (a new task), so input and painting are not held up. */
export function nextTask(): Promise<void> {
  return new Promise((res) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => res();
    ch.port2.postMessage(null);
  });
}
