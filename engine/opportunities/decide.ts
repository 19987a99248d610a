import { normaliseAccountCode } from '../accounts/code.ts';
import { checkOwner, checkUser } from '../users/find.ts';
import { normaliseId } from '../ids.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { notify } from '../notifications/notify.ts';
import { requireRole, supervisors } from '../permissions.ts';
import { opportunityFields, type OpportunityField } from '../process/config.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { requireFilled } from '../validate.ts';
import type { OpportunityCommand } from './commands.ts';
import { changes, checkAmount, checkExpectedClose, parseDetails } from './details.ts';
import { nextOpportunityStage } from './lifecycle.ts';
import { firstMissing, isClosed, isFilled, requiredThrough } from './pipeline.ts';
import type { Opportunity } from './records.ts';

type Data<T extends OpportunityCommand['type']> = Extract<OpportunityCommand, { type: T }>['data'];

/** The deal a command names, typed in any case or width; or the refusal. */
function find(state: SandboxState, typed: string): Opportunity | Result<never> {
  return state.opportunities[normaliseId(typed)] ?? rejected('reference.unknown', 'id', 'rejection.reference.opportunity', { id: typed });
}

function closed(opportunity: Opportunity): Result<never> {
  return rejected('transition.not-allowed', 'id', 'rejection.transition.opportunity', { id: opportunity.id, from: opportunity.stage });
}

function missingFor(field: OpportunityField, stage: string): Result<never> {
  return rejected('validation.incomplete', field, 'rejection.opportunity.stage-requires', { field, stage });
}

function filledFields(opportunity: Opportunity): ReadonlySet<OpportunityField> {
  return new Set(opportunityFields.filter((field) => isFilled(opportunity, field)));
}

/** Everyone working the deal hears of a change to it (seed 003), except whoever made it. */
function notifyTeam(context: DecideContext, opportunity: Opportunity, messageKey: string, params: Record<string, string | number> = {}): EventBody[] {
  return notify(context, {
    to: [opportunity.owner, ...opportunity.team],
    kind: 'changed',
    about: { entity: 'opportunity', id: opportunity.id },
    messageKey,
    params: { id: opportunity.id, name: opportunity.name, ...params },
  });
}

/**
 * A new deal at a known customer, at the pipeline's first stage, which it
 * must already qualify for. The owner, when someone else, is told.
 */
function create(state: SandboxState, data: Data<'opportunity.create'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['accountCode', 'name']);
  if (missing) return missing;
  const accountCode = normaliseAccountCode(data.accountCode);
  if (!state.accounts[accountCode]) return rejected('reference.unknown', 'accountCode', 'rejection.reference.account', { code: data.accountCode });
  const amount = checkAmount(data.amount);
  if (typeof amount !== 'number') return amount;
  const expectedClose = checkExpectedClose(data.expectedClose);
  if (typeof expectedClose !== 'string') return expectedClose;
  const owner = checkOwner(state, data.owner, context.actor);
  if (typeof owner !== 'string') return owner;

  const [first] = state.process.pipeline.stages;
  const details = { amount, expectedClose, decisionMaker: '', needs: '', competitors: '', quote: '' };
  const unfilled = firstMissing(details, first.requires);
  if (unfilled) return missingFor(unfilled, first.id);
  const opportunity: Opportunity = {
    id: context.ids.next('opportunities'),
    accountCode,
    name: cleanText(data.name),
    stage: first.id,
    ...details,
    owner,
    team: [],
    createdAt: context.at,
  };
  return applied(
    { type: 'opportunity.created', data: { opportunity } },
    ...notify(context, {
      to: [owner],
      kind: 'changed',
      about: { entity: 'opportunity', id: opportunity.id },
      messageKey: 'notification.opportunity.assigned',
      params: { id: opportunity.id, name: opportunity.name, code: accountCode },
    }),
  );
}

/**
 * Changes the given details of an open deal. A field that the deal's stage
 * (or an earlier one) requires cannot be cleared: the deal would sit in a
 * stage it no longer qualifies for.
 */
function update(state: SandboxState, data: Data<'opportunity.update'>, context: DecideContext): Result<EventBody> {
  const opportunity = find(state, data.id);
  if ('ok' in opportunity) return opportunity;
  if (isClosed(opportunity.stage)) return closed(opportunity);
  const parsed = parseDetails(state, opportunity, data);
  if ('ok' in parsed) return parsed;
  const { changed, before, after } = changes(opportunity, parsed);
  if (changed.length === 0) return rejected('validation.incomplete', 'id', 'rejection.opportunity.nothing-changed', { id: opportunity.id });

  const { stages } = state.process.pipeline;
  const required = requiredThrough(stages, stages.findIndex((stage) => stage.id === opportunity.stage));
  const cleared = changed.find((field) => required.includes(field) && !isFilled({ ...opportunity, ...after }, field));
  if (cleared) return rejected('validation.incomplete', cleared, 'rejection.opportunity.required-by-stage', { field: cleared, stage: opportunity.stage });

  return applied(
    { type: 'opportunity.updated', data: { id: opportunity.id, before, after } },
    ...notifyTeam(context, opportunity, 'notification.opportunity.updated', { fields: changed.join(', ') }),
  );
}

/**
 * Why the pipeline refused to take the deal to `target`: it is closed, or it
 * lacks a field the target needs. A move that is neither is a move to the
 * stage the deal is at already (winning has no such case).
 */
function refusal(opportunity: Opportunity, requires: readonly OpportunityField[], target: string): Result<never> {
  if (isClosed(opportunity.stage)) return closed(opportunity);
  const missing = firstMissing(opportunity, requires);
  if (missing) return missingFor(missing, target);
  return rejected('transition.not-allowed', 'stage', 'rejection.opportunity.same-stage', { stage: target });
}

function moveStage(state: SandboxState, data: Data<'opportunity.moveStage'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['stage']);
  if (missing) return missing;
  const opportunity = find(state, data.id);
  if ('ok' in opportunity) return opportunity;
  const { pipeline } = state.process;
  const stage = cleanText(data.stage);
  const index = pipeline.stages.findIndex((candidate) => candidate.id === stage);
  if (index < 0)
    return rejected('validation.format', 'stage', 'rejection.format.choice', {
      received: data.stage,
      expected: pipeline.stages.map((candidate) => candidate.id).join(', '),
    });
  const to = nextOpportunityStage(pipeline, opportunity.stage, { type: 'move', stage, filled: filledFields(opportunity) });
  if (to === undefined) return refusal(opportunity, requiredThrough(pipeline.stages, index), stage);
  return applied(
    { type: 'opportunity.stageChanged', data: { id: opportunity.id, from: opportunity.stage, to } },
    ...notifyTeam(context, opportunity, 'notification.opportunity.stage-changed', { from: opportunity.stage, to }),
  );
}

/** A deal is won only with everything every stage asks for: no quote, no win. */
function win(state: SandboxState, data: Data<'opportunity.win'>, context: DecideContext): Result<EventBody> {
  const opportunity = find(state, data.id);
  if ('ok' in opportunity) return opportunity;
  const { pipeline } = state.process;
  if (nextOpportunityStage(pipeline, opportunity.stage, { type: 'win', filled: filledFields(opportunity) }) === undefined)
    return refusal(opportunity, requiredThrough(pipeline.stages, pipeline.stages.length - 1), 'won');
  return applied(
    { type: 'opportunity.won', data: { id: opportunity.id, from: opportunity.stage } },
    ...notifyTeam(context, opportunity, 'notification.opportunity.won', { amount: opportunity.amount }),
  );
}

/** A lost deal says why, so the funnel report can tell where and why deals break down (seed 002). */
function lose(state: SandboxState, data: Data<'opportunity.lose'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['reason']);
  if (missing) return missing;
  const opportunity = find(state, data.id);
  if ('ok' in opportunity) return opportunity;
  if (nextOpportunityStage(state.process.pipeline, opportunity.stage, { type: 'lose' }) === undefined) return closed(opportunity);
  const reason = cleanText(data.reason);
  return applied(
    { type: 'opportunity.lost', data: { id: opportunity.id, from: opportunity.stage, reason } },
    ...notifyTeam(context, opportunity, 'notification.opportunity.lost', { reason }),
  );
}

/**
 * Hands the deal to another salesperson; only a lead may. Deals are sold by
 * sales, so a colleague from another department joins the deal's team
 * instead. The new owner is told.
 */
function assignOwner(state: SandboxState, data: Data<'opportunity.assignOwner'>, context: DecideContext): Result<EventBody> {
  const denied = requireRole(context.actor, supervisors);
  if (denied) return denied;
  const opportunity = find(state, data.id);
  if ('ok' in opportunity) return opportunity;
  if (isClosed(opportunity.stage)) return closed(opportunity);
  const owner = checkUser(state, data.owner, 'owner');
  if ('ok' in owner) return owner;
  if (owner.department !== 'sales') return rejected('validation.format', 'owner', 'rejection.opportunity.owner-not-sales', { owner: owner.id, department: owner.department });
  if (owner.id === opportunity.owner) return rejected('validation.format', 'owner', 'rejection.opportunity.same-owner', { owner: owner.id });
  return applied(
    { type: 'opportunity.ownerChanged', data: { id: opportunity.id, from: opportunity.owner, to: owner.id } },
    ...notify(context, {
      to: [owner.id],
      kind: 'changed',
      about: { entity: 'opportunity', id: opportunity.id },
      messageKey: 'notification.opportunity.assigned',
      params: { id: opportunity.id, name: opportunity.name, code: opportunity.accountCode },
    }),
  );
}

/** Puts a colleague on the deal's team; from then on they hear of its changes. */
function addTeamMember(state: SandboxState, data: Data<'opportunity.addTeamMember'>, context: DecideContext): Result<EventBody> {
  const opportunity = find(state, data.id);
  if ('ok' in opportunity) return opportunity;
  const user = checkUser(state, data.user, 'user');
  if ('ok' in user) return user;
  if (user.id === opportunity.owner || opportunity.team.includes(user.id))
    return rejected('validation.format', 'user', 'rejection.opportunity.already-member', { user: user.id });
  return applied(
    { type: 'opportunity.teamMemberAdded', data: { id: opportunity.id, user: user.id } },
    ...notify(context, {
      to: [user.id],
      kind: 'shared',
      about: { entity: 'opportunity', id: opportunity.id },
      messageKey: 'notification.opportunity.team-joined',
      params: { id: opportunity.id, name: opportunity.name },
    }),
  );
}

function removeTeamMember(state: SandboxState, data: Data<'opportunity.removeTeamMember'>): Result<EventBody> {
  const opportunity = find(state, data.id);
  if ('ok' in opportunity) return opportunity;
  const user = cleanText(data.user);
  if (!opportunity.team.includes(user)) return rejected('reference.unknown', 'user', 'rejection.opportunity.not-member', { user });
  return applied({ type: 'opportunity.teamMemberRemoved', data: { id: opportunity.id, user } });
}

export const opportunityDeciders: Deciders<OpportunityCommand> = {
  'opportunity.create': create,
  'opportunity.update': update,
  'opportunity.moveStage': moveStage,
  'opportunity.win': win,
  'opportunity.lose': lose,
  'opportunity.assignOwner': assignOwner,
  'opportunity.addTeamMember': addTeamMember,
  'opportunity.removeTeamMember': removeTeamMember,
};
