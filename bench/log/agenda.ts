import type { CommandInput } from '../../engine/index.ts';
import { typedTimeAfter } from '../../engine/fixtures/plan.ts';
import { pickAccount, pickWhere, salesTrainees, someTrainee, type Entry, type Weighted, type World } from './world.ts';

/**
 * The diary: calls and visits logged, follow-ups and tasks set, done and
 * handed on. With the slips: a kind of activity nobody uses, a follow-up
 * without a next step or in the past, a due time in words, someone else's
 * task ticked off.
 */

function logActivity(world: World, valid: boolean): Entry {
  const { random } = world;
  const account = pickAccount(world);
  const followUp = random.int(0, 1) === 0 ? typedTimeAfter(world.state.now, random.int(60, 5 * 24 * 60)) : '';
  const data = { kind: random.pick(['call', 'visit', 'email', 'meeting']), entity: 'account', id: account.code, outcome: '客户确认下月有采购计划', nextStep: '发送报价', followUp };
  const spoiled = random.pick([
    { kind: random.pick(['lunch', '电话']) },
    { nextStep: '', followUp: typedTimeAfter(world.state.now, 120) },
    { followUp: '2020-01-01 09:00' },
    { entity: 'account', id: 'C-XX-00000' },
    { outcome: '' },
  ]);
  return { body: { type: 'activity.log', data: valid ? data : { ...data, ...spoiled } }, actor: account.owner };
}

function newTask(world: World, valid: boolean): Entry {
  const { random } = world;
  const account = pickAccount(world);
  const data = { title: '回访客户', due: typedTimeAfter(world.state.now, random.int(60, 3 * 24 * 60)), entity: 'account', id: account.code, assignee: random.pick(['', ...salesTrainees]) };
  const spoiled = random.pick([{ due: '明天下午' }, { due: '2020-03-01 09:00' }, { assignee: 'u.nobody' }, { remindMinutesBefore: 'an hour' }, { title: '' }]);
  return { body: { type: 'task.create', data: valid ? data : { ...data, ...spoiled } }, actor: account.owner };
}

/** The assignee ticks a task off or hands it on; now and then a colleague tries to tick off a task that is not theirs, or one already done. */
function workTask(world: World, valid: boolean): Entry | undefined {
  const task = pickWhere(world, world.state.tasks, (candidate) => !candidate.done || !valid);
  if (!task) return undefined;
  const { id } = task;
  if (valid) {
    const body: CommandInput =
      world.random.int(0, 3) === 0
        ? { type: 'task.reassign', data: { id, assignee: world.random.pick(salesTrainees.filter((trainee) => trainee !== task.assignee)) } }
        : { type: 'task.complete', data: { id } };
    return { body, actor: task.assignee };
  }
  const stranger = world.random.pick(salesTrainees.filter((trainee) => trainee !== task.assignee && trainee !== task.createdBy));
  if (task.done) return { body: { type: 'task.complete', data: { id } }, actor: task.assignee };
  return world.random.int(0, 1) === 0
    ? { body: { type: 'task.reassign', data: { id, assignee: task.assignee } }, actor: task.assignee }
    : { body: { type: 'task.complete', data: { id } }, actor: stranger ?? someTrainee(world) };
}

export const agendaMakers: readonly Weighted[] = [
  [4, (world) => logActivity(world, true)],
  [2, (world) => logActivity(world, false)],
  [3, (world) => newTask(world, true)],
  [1, (world) => newTask(world, false)],
  [3, (world) => workTask(world, true)],
  [1, (world) => workTask(world, false)],
];
