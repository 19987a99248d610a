import { seededRandom } from '../../../engine/random.ts';
import type { Team, User } from '../schema.ts';
import type { DemoProfile } from './profiles.ts';
import { demoTeams, displayNames, namedStaff, traineeNames, traineesPerTeam, type DemoTeamId, type StaffMember } from './staff.ts';

/**
 * The demo company's teams and people: one of each role under the names the
 * README gives, a second lead, and generated trainees spread across the
 * teams, each with a profile deciding how they will play (profiles.ts).
 * Everything is drawn from the seed, so one seed gives one company.
 */

export interface DemoCompanyInput {
  readonly seed: number;
  /** When the company is seeded: people join five weeks before it. */
  readonly now: Date;
  /**
   * One hash for everyone, made once by the caller: at production cost a
   * hash takes about 350 ms, so hashing each person's copy of the same
   * password would add ten seconds to the first start.
   */
  readonly passwordHash: string;
}

export interface DemoCompany {
  readonly teams: readonly Team[];
  readonly users: readonly User[];
  readonly trainees: readonly DemoTrainee[];
}

/** A trainee with what the schedule needs: the team whose job decides the scenarios, and how the person plays. */
export interface DemoTrainee {
  readonly userId: string;
  readonly teamId: DemoTeamId;
  readonly profile: DemoProfile;
}

/** Dealt out in turn to the shuffled trainees: as many careful as average, fewer sloppy and improving. */
const profileRound: readonly DemoProfile[] = ['careful', 'average', 'sloppy', 'improving', 'average', 'careful', 'stuck'];
const day = 24 * 60 * 60 * 1000;
/** How long before `now` people join: before the four weeks of attempts, so every attempt is by someone already there. */
const joinedBefore = 35 * day;

export const demoUserId = (username: string) => `u-${username}`;

export function demoCompany({ seed, now, passwordHash }: DemoCompanyInput): DemoCompany {
  const random = seededRandom(seed);
  const names = random.shuffle(traineeNames);
  const teamOf = (Object.entries(traineesPerTeam) as [DemoTeamId, number][]).flatMap(([team, count]) => Array.from({ length: count }, () => team));
  const generated = random.shuffle(teamOf).map((team, index): StaffMember => {
    const [name, username] = names[index];
    return { username, name, role: 'trainee', teamIds: [team] };
  });

  const shown = random.shuffle(displayNames);
  const joined = (index: number) => new Date(now.getTime() - joinedBefore + index * 7 * 60_000).toISOString();
  const users = [...namedStaff, ...generated].map((member, index): User => {
    // About one generated trainee in three picks a name for the boards.
    const displayName = index >= namedStaff.length && random.int(1, 3) === 1 ? shown.shift() : undefined;
    return {
      id: demoUserId(member.username),
      username: member.username,
      name: member.name,
      ...(displayName === undefined ? {} : { displayName }),
      role: member.role,
      teamIds: [...member.teamIds],
      passwordHash,
      createdAt: joined(index),
    };
  });

  const trainee = (member: StaffMember, profile: DemoProfile): DemoTrainee => ({ userId: demoUserId(member.username), teamId: member.teamIds[0], profile });
  // The named trainee improves, so whoever signs in as `trainee` sees progress over the weeks.
  const named = namedStaff.filter((member) => member.role === 'trainee').map((member) => trainee(member, 'improving'));
  const dealt = random.shuffle(generated.map((_, index) => profileRound[index % profileRound.length]));
  const trainees = [...named, ...generated.map((member, index) => trainee(member, dealt[index]))];

  return { teams: demoTeams.map((team) => ({ ...team })), users, trainees };
}
