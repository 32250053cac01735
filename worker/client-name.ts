/**
 * The name a worker connection shows in `CLIENT LIST`, so an operator can tell which replica,
 * and which of its roles, a connection belongs to. BullMQ names the connections it makes itself.
 * The records flusher reads them back to tell a live replica from a gone one (record-stream.ts).
 */
export function redisClientName(workerId: string, role: 'main' | 'runner'): string {
  // CLIENT SETNAME refuses spaces and newlines; a pod's hostname has neither, a WORKER_ID may.
  return `calvin-worker:${workerId.replace(/[^\x21-\x7e]/g, '-')}:${role}`;
}
