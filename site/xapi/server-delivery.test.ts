import { describe, expect, it } from 'vitest';
import { exampleAttempt, exampleUser } from '../records/examples.ts';
import { createMemoryStore } from '../records/memory-store.ts';
import { statementsFrom } from './server-delivery.ts';

describe('statementsFrom', () => {
  it('names the person as the store has them and the scenario by its title at the attempt’s version', async () => {
    const store = createMemoryStore();
    await store.createUser(exampleUser({ id: 'u1', name: '李伟' }));
    const [statement] = await statementsFrom(store, 'https://drill.example.com')(exampleAttempt({ userId: 'u1', scenarioId: 'master-data-basics', scenarioVersion: 1 }));
    expect(statement.actor).toEqual({ objectType: 'Agent', name: '李伟', account: { homePage: 'https://drill.example.com', name: 'u1' } });
    expect(statement.object.definition.name).toEqual({ 'en-US': 'Enter new customers the unified way', 'zh-CN': '按统一格式录入新客户' });
  });

  it('names a scenario version the site does not have by its id, and a person the store does not know by their account alone', async () => {
    const [statement] = await statementsFrom(createMemoryStore(), 'https://drill.example.com')(exampleAttempt({ userId: 'gone', scenarioId: 'master-data-basics', scenarioVersion: 99 }));
    expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://drill.example.com', name: 'gone' } });
    expect(statement.object.definition.name).toEqual({ 'en-US': 'master-data-basics' });
  });
});
