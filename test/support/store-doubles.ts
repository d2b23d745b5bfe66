// Store helpers for conversation tests: counting what was written, and stores that record or fail.
import type { Store } from '../../lambda/store/port.js';
import type { HandoffTicket, Order } from '../../lambda/store/types.js';

const FAR_FUTURE = new Date('2100-01-01T00:00:00Z');

/** Every order of a customer in the store, newest first, whenever placed. */
export async function ordersOf(store: Store, customerId: string): Promise<Order[]> {
  return store.recentOrders(customerId, FAR_FUTURE, 1000);
}

/** Orders the conversation placed (seeded ones have ids the factories gave them). */
export async function placedOrders(store: Store, customerId: string): Promise<Order[]> {
  return (await ordersOf(store, customerId)).filter((o) => !o.id.startsWith('o-test-'));
}

export interface RecordingStore {
  store: Store;
  handoffs: HandoffTicket[];
}

/** Passes everything through to the real store and remembers the handoff tickets it created. */
export function recording(inner: Store): RecordingStore {
  const handoffs: HandoffTicket[] = [];
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop === 'createHandoff') {
        return async (ticket: Omit<HandoffTicket, 'id'>) => {
          const created = await target.createHandoff(ticket);
          handoffs.push(created);
          return created;
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { store, handoffs };
}

/** A store whose named methods reject, as a store that lost its connection does. */
export function failing(inner: Store, methods: (keyof Store)[]): Store {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (methods.includes(prop as keyof Store)) return async () => { throw new Error(`store ${String(prop)} failed`); };
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
