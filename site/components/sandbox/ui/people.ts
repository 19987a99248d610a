import { trainee } from '../../../../engine/scenario/runner.ts';
import type { SandboxState } from '../../../../engine/state.ts';
import { systemUser, type User } from '../../../../engine/users/records.ts';
import type { Translate } from '../../../i18n/translate.ts';
import type { FieldOption } from './fields.ts';

/** A user's name as the sandbox shows it; records made by the company's set-up belong to "System", in the reader's language. */
export function personName(state: SandboxState, id: string, t: Translate): string {
  if (id === systemUser.id) return t('user.system');
  return state.users[id]?.name ?? id;
}

/** Colleagues to pick from a list (seed 002), each with their department, the trainee first and marked: "李娜（我） · 销售部", "张伟 · 销售部". */
export function colleagueOptions(state: SandboxState, t: Translate, include: (user: User) => boolean = () => true): FieldOption[] {
  return Object.values(state.users)
    .filter(include)
    .toSorted((a, b) => Number(b.id === trainee) - Number(a.id === trainee))
    .map((user) => ({
      value: user.id,
      label: `${user.id === trainee ? t('user.you', { name: user.name }) : user.name} · ${t(`department.${user.department}`)}`,
    }));
}

/** Who works a new record: the trainee first (left blank, the engine makes the creator the owner), then every colleague. */
export function ownerOptions(state: SandboxState, t: Translate): FieldOption[] {
  return [{ value: '', label: t('lead.field.owner.me', { name: personName(state, trainee, t) }) }, ...colleagueOptions(state, t, (user) => user.id !== trainee)];
}
