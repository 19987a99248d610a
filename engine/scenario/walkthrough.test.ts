import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands.ts';
import { startAttempt } from './runner.ts';
import type { Move, Scenario, Slip, Walkthrough } from './schema.ts';
import { chenJing, chengjiang, liuYang, scenario, withData } from './two-cards.ts';
import { commandOf, perfectCommands, playMoves, playWalkthrough, slipped, walkthroughCheck, walkthroughFailures, walkthroughProblems } from './walkthrough.ts';

const move = (command: CommandInput): Move => command as Move;
const [createChengjiang, addLiuYang, addChenJing] = [chengjiang, liuYang, chenJing].map(move);
const noIndustry = move(withData(chengjiang, { industry: '' }));
const badCode = move(withData(chengjiang, { code: 'V-118' }));
const hengtongAgain = move({
  type: 'account.create',
  data: { code: 'C-SH-00901', nameZh: '恒通电子(上海)有限公司', nameEn: 'Hengtong Electronics (Shanghai) Co., Ltd.', industry: 'electronics', phone: '021-4048 3321', confirmDuplicate: true },
});

const slip = (fields: Partial<Slip> & Pick<Slip, 'mistake' | 'step' | 'replace' | 'instead'>): Slip => ({ also: [], completes: true, ...fields });
const walkthrough: Walkthrough = {
  perfect: [createChengjiang, addLiuYang, addChenJing],
  slips: [
    slip({ mistake: 'validation.format', step: 'chengjiang', replace: createChengjiang, instead: [badCode, createChengjiang] }),
    slip({ mistake: 'validation.incomplete', step: 'chengjiang', replace: createChengjiang, instead: [noIndustry, createChengjiang] }),
    slip({ mistake: 'validation.format', step: 'liu-yang', replace: addLiuYang, instead: [move(withData(liuYang, { phone: '139 1234 567' })), addLiuYang] }),
    slip({ mistake: 'duplicate.created', step: 'hengtong', replace: addChenJing, instead: [hengtongAgain, addChenJing] }),
  ],
};
const withWalkthrough = (changes: Partial<Walkthrough>): Scenario => ({ ...scenario, walkthrough: { ...walkthrough, ...changes } });

describe('commandOf', () => {
  const started = startAttempt(scenario);
  const hengtongCode = { find: 'account', where: { nameZh: '恒通电子（上海）有限公司' }, field: 'code' };

  it('puts what a find finds in the sandbox as it stands in place of the find, at any depth', () => {
    const command = commandOf({ type: 'contact.create', data: { ...chenJing.data, accountCode: hengtongCode, tags: [{ name: { find: 'account', where: { code: 'C-SH-00612' }, field: 'nameEn' } }] } }, started);
    expect(command.data).toMatchObject({ accountCode: 'C-SH-00612', tags: [{ name: 'Hengtong Electronics (Shanghai) Co., Ltd.' }] });
  });

  it('takes the first record that matches, or the last with pick: last', () => {
    const played = playMoves([createChengjiang], started).attempt;
    const codes = Object.values(played.state.accounts).map((account) => account.code);
    const code = (pick: 'first' | 'last') => commandOf({ type: 'account.activate', data: { code: { find: 'account', where: { code: { matches: '^C-' } }, pick, field: 'code' } } }, played).data;
    expect(codes.length).toBeGreaterThan(2);
    expect(code('first')).toEqual({ code: codes[0] });
    expect(code('last')).toEqual({ code: 'C-SU-00501' });
  });

  it('leaves the field empty when nothing matches, and the sandbox refuses the command naming the field', () => {
    const nobody = { type: 'contact.create', data: { ...chenJing.data, accountCode: { ...hengtongCode, where: { nameZh: '没有这家公司' } } } } as const;
    expect(commandOf(nobody, started).data).toMatchObject({ accountCode: undefined });
    const { refusals } = playMoves([nobody], started);
    expect(refusals).toEqual([{ index: 0, reason: expect.stringMatching(/\(accountCode\)$/) }]);
  });
});

describe('playMoves and perfectCommands', () => {
  it('gives the commands the moves stood for, ids found', () => {
    const found = move({ type: 'account.activate', data: { code: { find: 'account', where: { nameZh: '苏州澄江包装材料有限公司' }, field: 'code' } } } as never);
    expect(playMoves([createChengjiang, found], startAttempt(scenario)).commands[1]).toEqual({ type: 'account.activate', data: { code: 'C-SU-00501' } });
    expect(perfectCommands(withWalkthrough({}))).toEqual([chengjiang, liuYang, chenJing]);
  });
});

describe('slipped', () => {
  it('replaces the slip’s move of the perfect play by what is done instead, and the moves it also changes', () => {
    expect(slipped(walkthrough, walkthrough.slips[0])).toEqual([badCode, createChengjiang, addLiuYang, addChenJing]);
    const forgetting = slip({ mistake: 'validation.format', step: 'chengjiang', replace: addLiuYang, instead: [], also: [{ replace: addChenJing, instead: [] }] });
    expect(slipped(walkthrough, forgetting)).toEqual([createChengjiang]);
  });

  it('makes several slips in one play, and none at all', () => {
    expect(slipped(walkthrough, walkthrough.slips[0], walkthrough.slips[3])).toEqual([badCode, createChengjiang, addLiuYang, hengtongAgain, addChenJing]);
    expect(slipped(walkthrough)).toEqual(walkthrough.perfect);
  });
});

describe('walkthroughProblems', () => {
  it('finds none in a walkthrough that fits the steps', () => {
    expect(walkthroughProblems(scenario, walkthrough)).toEqual([]);
  });

  it('names a slip’s unknown step, a replaced move that is not in the perfect play, and one it also changes', () => {
    const wrong = slip({ mistake: 'validation.format', step: 'liuyang', replace: noIndustry, instead: [], also: [{ replace: badCode, instead: [] }] });
    expect(walkthroughProblems(scenario, { ...walkthrough, slips: [...walkthrough.slips, wrong] })).toEqual([
      { path: ['walkthrough', 'slips', 4, 'step'], message: 'no step "liuyang"; the steps are chengjiang, liu-yang, hengtong' },
      { path: ['walkthrough', 'slips', 4, 'replace'], message: expect.stringMatching(/^not a move of walkthrough.perfect/) },
      { path: ['walkthrough', 'slips', 4, 'also', 0, 'replace'], message: expect.stringMatching(/^not a move of walkthrough.perfect/) },
    ]);
  });

  it('names each watched mistake no slip makes at its step', () => {
    expect(walkthroughProblems(scenario, { ...walkthrough, slips: walkthrough.slips.slice(1, 3) })).toEqual([
      { path: ['steps', 0, 'watches', 0], message: expect.stringContaining('no slip in walkthrough.slips makes validation.format at step chengjiang') },
      { path: ['steps', 2, 'watches', 0], message: expect.stringContaining('makes duplicate.created at step hengtong') },
    ]);
  });
});

describe('walkthroughFailures', () => {
  it('finds none when the perfect play scores 100 and each slip is caught', () => {
    expect(walkthroughFailures(scenario, walkthrough)).toEqual([]);
    expect(playWalkthrough(scenario, walkthrough.perfect)).toMatchObject({ finished: true, refusals: [], result: { score: 100 } });
  });

  it('reports a slip that makes no mistake, or another than it names, with what it made', () => {
    const harmless = slip({ mistake: 'validation.format', step: 'chengjiang', replace: addLiuYang, instead: [addLiuYang] });
    const elsewhere = slip({ mistake: 'validation.format', step: 'chengjiang', replace: createChengjiang, instead: [noIndustry, createChengjiang] });
    expect(walkthroughFailures(scenario, { ...walkthrough, slips: [harmless, elsewhere] })).toEqual([
      { path: ['walkthrough', 'slips', 0], message: 'makes no mistake, not validation.format at chengjiang' },
      { path: ['walkthrough', 'slips', 1], message: 'makes validation.incomplete at chengjiang, not validation.format at chengjiang' },
    ]);
  });

  it('reports a slip that leaves a step undone unless it says completes: false', () => {
    const duplicateOnly = slip({ mistake: 'duplicate.created', step: 'hengtong', replace: addChenJing, instead: [hengtongAgain] });
    expect(walkthroughFailures(scenario, { ...walkthrough, slips: [duplicateOnly] })).toEqual([
      { path: ['walkthrough', 'slips', 0], message: 'leaves step hengtong undone; set completes: false if it should' },
    ]);
    expect(walkthroughFailures(scenario, { ...walkthrough, slips: [{ ...duplicateOnly, completes: false }] })).toEqual([]);
  });

  it('reports a perfect play that stops at a step', () => {
    expect(walkthroughFailures(scenario, { perfect: [createChengjiang, addLiuYang], slips: [] })).toEqual([
      { path: ['walkthrough', 'perfect'], message: 'stops at step hengtong: its goal never holds' },
    ]);
  });

  it('reports a perfect move the sandbox refused by its index and reason', () => {
    expect(walkthroughFailures(scenario, { perfect: [createChengjiang, noIndustry, addLiuYang, addChenJing], slips: [] })).toEqual([
      { path: ['walkthrough', 'perfect', 1], message: 'the sandbox refused it: validation.incomplete (industry)' },
    ]);
  });

  it('reports a perfect play that finishes with a mistake', () => {
    expect(walkthroughFailures(scenario, { perfect: [createChengjiang, addLiuYang, hengtongAgain, addChenJing], slips: [] })).toEqual([
      { path: ['walkthrough', 'perfect'], message: expect.stringMatching(/^scores \d+ with duplicate.created; a perfect play scores 100 with no mistake$/) },
    ]);
  });
});

describe('walkthroughCheck', () => {
  it('asks a scenario without a walkthrough for one', () => {
    expect(walkthroughCheck(scenario)).toEqual([{ path: [], message: expect.stringMatching(/^no walkthrough: add one/) }]);
  });

  it('plays the walkthrough only once it fits the steps', () => {
    expect(walkthroughCheck(withWalkthrough({}))).toEqual([]);
    expect(walkthroughCheck(withWalkthrough({ perfect: [createChengjiang], slips: [] }))).toHaveLength(4);
  });
});
