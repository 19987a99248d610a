import { describeRecordsStore } from './contract.ts';
import { createMemoryStore } from './memory-store.ts';

describeRecordsStore('memory', async () => {
  const store = createMemoryStore();
  return { store, cleanup: () => store.close() };
});
