/**
 * The link between a deck and its presenter view: a BroadcastChannel named after the lesson,
 * or, where the browser has none, localStorage writes seen through the `storage` event (which
 * other windows of the same site receive). Messages are validated on arrival.
 */
import { channelName, parseSyncMessage, type SyncMessage } from '@/lib/content/slidesSync';

export interface Channel {
  post(message: SyncMessage): void;
  close(): void;
}

export function openChannel(slug: string, onMessage: (m: SyncMessage) => void): Channel {
  const name = channelName(slug);
  const receive = (raw: unknown) => {
    const m = parseSyncMessage(raw);
    if (m) onMessage(m);
  };
  if (typeof BroadcastChannel === 'function') {
    const bc = new BroadcastChannel(name);
    bc.onmessage = (e: MessageEvent) => receive(e.data);
    return { post: (m) => bc.postMessage(m), close: () => bc.close() };
  }
  // Fallback: each message is written under the channel's key; a counter makes repeated
  // identical messages still count as changes.
  let seq = 0;
  const onStorage = (e: StorageEvent) => {
    if (e.key !== name || !e.newValue) return;
    try {
      receive((JSON.parse(e.newValue) as { m: unknown }).m);
    } catch {
      // Not ours, or damaged: ignore.
    }
  };
  window.addEventListener('storage', onStorage);
  return {
    post: (m) => {
      try {
        localStorage.setItem(name, JSON.stringify({ m, seq: seq++, t: Date.now() }));
      } catch {
        // Storage full or blocked: the windows simply do not follow each other.
      }
    },
    close: () => window.removeEventListener('storage', onStorage),
  };
}
