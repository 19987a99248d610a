import type { PlatformRole, Team } from '../schema.ts';

/**
 * The demo company's people and teams, as data: a Chinese manufacturer's
 * sales, service and implementation teams, named as it would name them.
 * Names differ from the sandbox's invented staff (李娜, 王芳, 赵磊…), so a
 * demo user is never mistaken for a character in a scenario.
 */

export const demoTeams = [
  { id: 'sales-east-1', name: '华东销售一组' },
  { id: 'sales-east-2', name: '华东销售二组' },
  { id: 'service-center', name: '客服中心' },
  { id: 'implementation', name: '实施项目组' },
] as const satisfies readonly Team[];
export type DemoTeamId = (typeof demoTeams)[number]['id'];

export interface StaffMember {
  readonly username: string;
  readonly name: string;
  readonly role: PlatformRole;
  readonly teamIds: readonly DemoTeamId[];
}

/** The people the README lists, one of each role, signed in as by name; then the lead of the other two teams. */
export const namedStaff = [
  { username: 'admin', name: '郑国强', role: 'admin', teamIds: [] },
  { username: 'lead', name: '刘慧敏', role: 'lead', teamIds: ['sales-east-1', 'sales-east-2'] },
  { username: 'consultant', name: '陈博文', role: 'consultant', teamIds: [] },
  { username: 'trainee', name: '吴佳怡', role: 'trainee', teamIds: ['sales-east-1'] },
  { username: 'huang.liqun', name: '黄立群', role: 'lead', teamIds: ['service-center', 'implementation'] },
] as const satisfies readonly StaffMember[];

/** The usernames the README gives for signing in to the demo. */
export const demoLogins = ['admin', 'lead', 'consultant', 'trainee'] as const;

/** How many generated trainees join each team, besides `trainee` on 华东销售一组. */
export const traineesPerTeam: Readonly<Record<DemoTeamId, number>> = {
  'sales-east-1': 6,
  'sales-east-2': 7,
  'service-center': 6,
  implementation: 5,
};

/** Names the generated trainees are drawn from, each with the username the company would give (pinyin, given name after the dot). */
export const traineeNames: readonly (readonly [name: string, username: string])[] = [
  ['杨帆', 'yang.fan'],
  ['赵敏', 'zhao.min'],
  ['黄磊', 'huang.lei'],
  ['周婷', 'zhou.ting'],
  ['吴昊', 'wu.hao'],
  ['徐静怡', 'xu.jingyi'],
  ['孙浩然', 'sun.haoran'],
  ['马丽娟', 'ma.lijuan'],
  ['朱晓东', 'zhu.xiaodong'],
  ['胡斌', 'hu.bin'],
  ['郭佳', 'guo.jia'],
  ['何欣然', 'he.xinran'],
  ['高翔', 'gao.xiang'],
  ['林晓燕', 'lin.xiaoyan'],
  ['罗军', 'luo.jun'],
  ['郑凯', 'zheng.kai'],
  ['梁雪', 'liang.xue'],
  ['谢宇航', 'xie.yuhang'],
  ['宋佳琪', 'song.jiaqi'],
  ['唐亮', 'tang.liang'],
  ['韩冰', 'han.bing'],
  ['冯磊', 'feng.lei'],
  ['邓慧', 'deng.hui'],
  ['曹阳', 'cao.yang'],
  ['彭程', 'peng.cheng'],
  ['曾伟', 'zeng.wei'],
  ['田甜', 'tian.tian'],
  ['董浩', 'dong.hao'],
  ['袁媛', 'yuan.yuan'],
  ['潘峰', 'pan.feng'],
  ['蒋琳', 'jiang.lin'],
  ['蔡子涵', 'cai.zihan'],
  ['余静', 'yu.jing'],
  ['杜鹏', 'du.peng'],
  ['叶青', 'ye.qing'],
  ['程思远', 'cheng.siyuan'],
  ['沈洁', 'shen.jie'],
  ['姚远', 'yao.yuan'],
];

/** Names some trainees choose to be shown by on the leaderboards. */
export const displayNames: readonly string[] = ['Kevin', '阿杰', 'Amy', '晓晓', 'Leo', '木木', 'Sunny', '大鹏', 'Coco', '橙子'];
