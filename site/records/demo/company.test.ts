import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { platformRoles, teamSchema, userSchema } from '../schema.ts';
import { demoCompany } from './company.ts';
import { demoProfiles } from './profiles.ts';
import { demoLogins } from './staff.ts';

const now = new Date('2026-11-23T08:00:00Z');
const company = demoCompany({ seed: 2026, now, passwordHash: 'the-one-hash' });
const byUsername = (username: string) => company.users.find((user) => user.username === username);

describe('demoCompany', () => {
  it('is the same company for the same seed, and another for another seed', () => {
    expect(demoCompany({ seed: 2026, now, passwordHash: 'the-one-hash' })).toEqual(company);
    const other = demoCompany({ seed: 7, now, passwordHash: 'the-one-hash' });
    expect(other.users.map((user) => user.username)).not.toEqual(company.users.map((user) => user.username));
  });

  it('has valid teams and people, every team a real one', () => {
    for (const team of company.teams) expect(v.parse(teamSchema, team)).toEqual(team);
    for (const user of company.users) expect(v.parse(userSchema, user)).toEqual(user);
    const teamIds = new Set(company.teams.map((team) => team.id));
    expect(company.users.flatMap((user) => user.teamIds).every((id) => teamIds.has(id))).toBe(true);
    expect(new Set(company.users.map((user) => user.username)).size).toBe(company.users.length);
    expect(new Set(company.users.map((user) => user.id)).size).toBe(company.users.length);
  });

  it('names its teams as a Chinese company would', () => {
    expect(company.teams.map((team) => team.name)).toEqual(['华东销售一组', '华东销售二组', '客服中心', '实施项目组']);
  });

  it('has someone of every role, and the four logins the README lists', () => {
    expect(new Set(company.users.map((user) => user.role))).toEqual(new Set(platformRoles));
    expect(demoLogins.map((username) => byUsername(username)?.role)).toEqual(['admin', 'lead', 'consultant', 'trainee']);
    expect(byUsername('lead')?.teamIds).toEqual(['sales-east-1', 'sales-east-2']);
    expect(byUsername('trainee')?.teamIds).toEqual(['sales-east-1']);
    expect(byUsername('admin')?.teamIds).toEqual([]);
  });

  it('spreads two dozen generated trainees with Chinese names over the teams, a lead for each team', () => {
    const trainees = company.users.filter((user) => user.role === 'trainee');
    expect(trainees).toHaveLength(25);
    expect(trainees.every((user) => /^\p{Script=Han}{2,3}$/u.test(user.name) && user.teamIds.length === 1)).toBe(true);
    for (const team of company.teams) {
      expect(trainees.filter((user) => user.teamIds[0] === team.id).length, team.name).toBeGreaterThanOrEqual(5);
      expect(company.users.filter((user) => user.role === 'lead' && user.teamIds.includes(team.id)), team.name).toHaveLength(1);
    }
    expect(trainees.filter((user) => user.displayName !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  it('gives everyone the one password hash, and has them join before the four weeks of attempts', () => {
    expect(new Set(company.users.map((user) => user.passwordHash))).toEqual(new Set(['the-one-hash']));
    const fourWeeksBefore = now.getTime() - 28 * 24 * 60 * 60 * 1000;
    expect(company.users.every((user) => Date.parse(user.createdAt) < fourWeeksBefore)).toBe(true);
  });

  it('gives every trainee a profile, every profile to someone, and the named trainee the improving one', () => {
    const trainees = company.users.filter((user) => user.role === 'trainee').map((user) => user.id);
    expect(company.trainees.map((trainee) => trainee.userId).sort()).toEqual(trainees.sort());
    expect(new Set(company.trainees.map((trainee) => trainee.profile))).toEqual(new Set(demoProfiles));
    expect(company.trainees.find((trainee) => trainee.userId === byUsername('trainee')?.id)?.profile).toBe('improving');
  });
});
