import { describe, expect, it } from 'vitest';
import { cast, given } from '../specification.ts';

const asAdmin = { meta: { at: 0, actor: cast.admin } };

describe('user.create', () => {
  it('adds a user with a role, a department and a team', () => {
    const { state } = given([])
      .when({ type: 'user.create', data: { id: ' U.Chen ', name: '陈静', role: 'trainee', department: 'service', team: 'sales-east' }, ...asAdmin })
      .then([{ type: 'user.created', data: { user: { id: 'u.chen', name: '陈静', role: 'trainee', department: 'service', team: 'sales-east' } } }]);
    expect(state.users['u.chen'].team).toBe('sales-east');
  });

  it('is for admins only', () => {
    given([])
      .when({ type: 'user.create', data: { id: 'u.chen', name: '陈静', role: 'trainee', department: 'service' } })
      .then({ rejection: { code: 'permission.denied', field: 'actor', messageKey: 'rejection.permission.role' } });
  });

  it.each([
    [{ id: 'Chen Jing' }, 'validation.format', 'id'],
    [{ id: cast.lead }, 'duplicate.code', 'id'],
    [{ id: 'system' }, 'duplicate.code', 'id'],
    [{ role: 'boss' }, 'validation.format', 'role'],
    [{ department: 'hr' }, 'validation.format', 'department'],
    [{ team: 'sales-west' }, 'reference.unknown', 'team'],
    [{ name: ' ' }, 'validation.incomplete', 'name'],
  ] as const)('refuses %j', (change, code, field) => {
    given([])
      .when({ type: 'user.create', data: { id: 'u.chen', name: '陈静', role: 'trainee', department: 'service', ...change }, ...asAdmin })
      .then({ rejection: { code, field } });
  });
});

describe('team.create', () => {
  const newLead = { type: 'user.create', data: { id: 'lead.zhou', name: '周强', role: 'lead', department: 'sales' }, ...asAdmin } as const;

  it('creates the team and puts its lead in it', () => {
    const { state } = given([newLead])
      .when({ type: 'team.create', data: { id: 'sales-north', name: '华北销售', lead: 'lead.zhou' }, ...asAdmin })
      .then([
        { type: 'team.created', data: { team: { id: 'sales-north', name: '华北销售', lead: 'lead.zhou' } } },
        { type: 'user.teamChanged', data: { user: 'lead.zhou', from: '', to: 'sales-north' } },
      ]);
    expect(state.users['lead.zhou'].team).toBe('sales-north');
  });

  it('must be led by a lead', () => {
    given([])
      .when({ type: 'team.create', data: { id: 'sales-north', name: '华北销售', lead: cast.trainee }, ...asAdmin })
      .then({ rejection: { code: 'validation.format', field: 'lead', messageKey: 'rejection.team.lead-role' } });
  });

  it('refuses an unknown lead', () => {
    given([])
      .when({ type: 'team.create', data: { id: 'sales-north', name: '华北销售', lead: 'lead.nobody' }, ...asAdmin })
      .then({ rejection: { code: 'reference.unknown', field: 'lead' } });
  });
});

describe('user.assignTeam', () => {
  it('moves a user to another team', () => {
    given([])
      .when({ type: 'user.assignTeam', data: { user: cast.admin, team: 'sales-east' }, ...asAdmin })
      .then([{ type: 'user.teamChanged', data: { user: cast.admin, from: '', to: 'sales-east' } }]);
  });

  it('yields nothing when the user is already in the team', () => {
    given([]).when({ type: 'user.assignTeam', data: { user: cast.trainee, team: 'sales-east' }, ...asAdmin }).then([]);
  });

  it.each([
    [{ user: 'nobody' }, 'user'],
    [{ team: 'nowhere' }, 'team'],
  ])('refuses %j', (change, field) => {
    given([])
      .when({ type: 'user.assignTeam', data: { user: cast.trainee, team: 'sales-east', ...change }, ...asAdmin })
      .then({ rejection: { code: 'reference.unknown', field } });
  });
});

describe('the acting user', () => {
  it('must be in the sandbox', () => {
    given([])
      .when({ type: 'clock.advance', data: { minutes: 5 }, meta: { at: 0, actor: 'ghost' } })
      .then({ rejection: { code: 'permission.denied', field: 'actor', messageKey: 'rejection.permission.actor', params: { actor: 'ghost' } } });
  });
});
