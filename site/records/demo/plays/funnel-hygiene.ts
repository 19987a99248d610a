import type { CommandInput } from '../../../../engine/commands.ts';
import type { Attempt } from '../../../../engine/scenario/runner.ts';
import type { Move, ScenarioPlay } from './move.ts';

/**
 * scenarios/funnel-hygiene.yaml: the Monday funnel review — a stale deal
 * called and given a follow-up, a dead deal lost with its reason, an agreed
 * deal moved on with its team told, and the follow-up done before it falls
 * due. The three deals come from the background sandbox, so the play is
 * made from the started attempt, where their ids can be looked up.
 */
export function funnelHygienePlay(started: Attempt) {
  const dealNamed = (name: string) => Object.values(started.state.opportunities).find((deal) => deal.name === name)!.id;
  const huading = dealNamed('华鼎二期数控车床');
  const lanhai = dealNamed('蓝海包装线自动化改造');
  const qiming = dealNamed('启明手术器械清洗线');

  const callHuading: CommandInput = {
    type: 'activity.log',
    data: {
      kind: 'call',
      entity: 'opportunity',
      id: huading,
      outcome: '项目推迟：董事会四月底定预算，预计 9 月底下单；需要更新后的技术方案',
      nextStep: '发送更新后的技术方案并电话过一遍',
      followUp: '2026-03-10 10:00',
    },
  };
  const postpone: CommandInput = { type: 'opportunity.update', data: { id: huading, expectedClose: '2026-09-30' } };
  const loseLanhai: CommandInput = { type: 'opportunity.lose', data: { id: lanhai, reason: '客户已与达意隆签约，对方报价更低' } };
  const writeNeeds: CommandInput = { type: 'opportunity.update', data: { id: qiming, needs: '3 条手术器械清洗线，含烘干模块，6 月底前投产' } };
  const callQiming: CommandInput = { type: 'activity.log', data: { kind: 'call', entity: 'opportunity', id: qiming, outcome: '周敏确认方案范围，请我们出建议书' } };
  const toProposal: CommandInput = { type: 'opportunity.moveStage', data: { id: qiming, stage: 'proposal' } };
  const share = (user: string): CommandInput => ({ type: 'record.share', data: { entity: 'opportunity', id: qiming, with: user, note: '启明已确认需求，进入方案建议阶段' } });
  const wait = (minutes: number): CommandInput => ({ type: 'clock.advance', data: { minutes } });
  const emailHuading: CommandInput = { type: 'activity.log', data: { kind: 'email', entity: 'opportunity', id: huading, outcome: '已发送更新后的技术方案' } };

  /** The follow-up task the call on 华鼎 made, looked up once it exists. */
  const completeFollowUp = (attempt: Attempt): CommandInput => {
    const task = Object.values(attempt.state.tasks).find((candidate) => candidate.about?.id === huading)!;
    return { type: 'task.complete', data: { id: task.id } };
  };

  /** Monday's review, then Tuesday: the perfect run's commands but the last, which needs the follow-up task's id. */
  const tellZhao = share('u.zhao');
  const nextDay = wait(24 * 60);
  const monday = [callHuading, postpone, loseLanhai, writeNeeds, callQiming, toProposal, share('u.xu'), tellZhao];
  const tuesday = [nextDay, emailHuading];
  /** A whole run: Monday's and Tuesday's commands as given, then the follow-up completed. */
  const week = (before: readonly CommandInput[] = monday, after: readonly CommandInput[] = tuesday): Move[] => [...before, ...after, completeFollowUp];

  const sameStage: CommandInput = { type: 'opportunity.moveStage', data: { id: qiming, stage: 'needsAnalysis' } };
  const undated: CommandInput = { type: 'opportunity.update', data: { id: lanhai, expectedClose: '' } };

  const play: ScenarioPlay = {
    perfect: week(),
    slips: [
      { code: 'log.missing-activity', step: 'agreed-deal', replace: callQiming, instead: [], completes: true },
      { code: 'process.wrong-transition', step: 'agreed-deal', replace: callQiming, instead: [sameStage, callQiming], completes: true },
      { code: 'validation.incomplete', step: 'agreed-deal', replace: writeNeeds, instead: [toProposal, writeNeeds], completes: true },
      { code: 'data.lost', step: 'dead-deal', replace: loseLanhai, instead: [undated, loseLanhai], completes: true },
      { code: 'notify.team-not-informed', step: 'agreed-deal', replace: tellZhao, instead: [], completes: false },
      { code: 'deadline.missed', step: 'follow-up', replace: nextDay, instead: [wait(24 * 60 + 90)], completes: true },
    ],
  };

  return { huading, lanhai, qiming, callHuading, callQiming, toProposal, share, wait, emailHuading, monday, week, sameStage, undated, play };
}
