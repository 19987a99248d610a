import type { CommandInput } from '../../../../engine/commands.ts';
import type { Attempt } from '../../../../engine/scenario/runner.ts';
import { replaced, type ScenarioPlay } from './move.ts';

/**
 * scenarios/complaint-within-sla.yaml: 博亚's stopped VMC850 taken, worked
 * and closed before the deadline. The ticket and 陈敏 come from the
 * background sandbox, so the play is made from the started attempt, where
 * their ids can be looked up.
 */
export function complaintWithinSlaPlay(started: Attempt) {
  const code = 'C-SU-00236';
  const ticket = Object.values(started.state.tickets).find((candidate) => candidate.subject === 'VMC850 主轴异响后停机')!.id;
  const chenMin = Object.values(started.state.contacts).find((contact) => contact.accountCode === code && contact.name === '陈敏')!.id;

  const assign = (assignee: string): CommandInput => ({ type: 'ticket.assign', data: { id: ticket, assignee } });
  const take = assign('trainee');
  const start: CommandInput = { type: 'ticket.start', data: { id: ticket } };
  const call = (outcome: string): CommandInput => ({ type: 'activity.log', data: { kind: 'call', entity: 'ticket', id: ticket, outcome } });
  const firstCall = call('陈敏：08:30 粗加工时主轴异响，报警 SP9001 停机；设备主管周建国在现场配合工程师');
  const addZhou: CommandInput = { type: 'contact.create', data: { accountCode: code, name: '周建国', title: '设备主管', phone: '138 1624 7709' } };
  const share = (user: string, note: string): CommandInput => ({ type: 'record.share', data: { entity: 'ticket', id: ticket, with: user, note } });
  const dispatch = share('u.zhao', '请今天派工程师上门，带一套主轴轴承备件');
  const wait = (minutes: number): CommandInput => ({ type: 'clock.advance', data: { minutes } });
  const engineerWorks = wait(120);
  const checkCall = call('周建国确认：更换前轴承后试机一小时，无异响，已恢复生产');
  const resolve: CommandInput = { type: 'ticket.resolve', data: { id: ticket, resolution: '更换主轴前轴承，试机一小时无异响，设备恢复生产；保修期内免费' } };
  const tellService = share('u.zhao', '博亚主轴故障已解决');
  const tellFinance = share('u.qian', '博亚主轴故障已解决，可以跟进 10% 尾款');
  const close: CommandInput = { type: 'ticket.close', data: { id: ticket } };

  const perfect: readonly CommandInput[] = [take, start, firstCall, addZhou, dispatch, engineerWorks, checkCall, resolve, tellService, tellFinance, close];
  /** The perfect play with `command` replaced by `commands` (none: left out). */
  const changed = (command: CommandInput, ...commands: CommandInput[]) => replaced(perfect, command, ...commands);
  /** 陈敏's email emptied while the supervisor is added. */
  const clearChenMinEmail: CommandInput = { type: 'contact.update', data: { id: chenMin, email: '' } };

  const play: ScenarioPlay = {
    perfect,
    slips: [
      { code: 'assignment.wrong-owner', step: 'take', replace: take, instead: [assign('u.zhao'), take], completes: true },
      { code: 'process.wrong-transition', step: 'take', replace: take, instead: [start, take], completes: true },
      { code: 'data.lost', step: 'call', replace: addZhou, instead: [clearChenMinEmail, addZhou], completes: true },
      { code: 'process.wrong-transition', step: 'call', replace: start, instead: [resolve, start], completes: true },
      { code: 'deadline.missed', step: 'resolve', replace: engineerWorks, instead: [wait(150), wait(50)], completes: true },
      { code: 'notify.team-not-informed', step: 'resolve', replace: tellService, instead: [], completes: true },
      { code: 'process.wrong-transition', step: 'resolve', replace: resolve, instead: [close, resolve], completes: true },
    ],
  };

  return { ticket, chenMin, assign, take, start, firstCall, addZhou, dispatch, wait, engineerWorks, checkCall, resolve, tellService, close, perfect, changed, clearChenMinEmail, play };
}
