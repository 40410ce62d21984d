/** Prefix of the IPC names: `encaisse:clients.list`. Shared by ipc.ts and the preload. */
export const IPC_PREFIX = 'encaisse:'
